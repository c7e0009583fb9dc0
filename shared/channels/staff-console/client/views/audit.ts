/** The identity-reveal audit log for supervisors: who opened which reporter's identity, when and why (files below). */
import type { RevealAuditEntry } from '#shared/staff/ports.js';
import { timeEl } from '../controls.js';
import { h } from '../dom.js';
import { caseHash } from '../router.js';
import type { ViewContext } from '../view-context.js';
import { auditedBy, auditTable } from './audit-table.js';
import { mediaAuditSection } from './media-audit.js';
import { onCallAuditSection } from './on-call-audit.js';

export function showAudit(ctx: ViewContext): void {
  const load = async (cursor?: string) => {
    const page = await ctx.api.revealAudit(cursor);
    return { entries: page.reveals, nextCursor: page.nextCursor };
  };
  ctx.frame.show('Log audit pembukaan identitas', [
    ...auditTable(ctx, ['Waktu', 'Kasus', 'Petugas', 'Alasan'], load, (entry) => auditRow(ctx, entry), {
      'aria-label': 'Pembukaan identitas',
    }),
    mediaAuditSection(ctx),
    onCallAuditSection(ctx),
  ]);
}

function auditRow(ctx: ViewContext, entry: RevealAuditEntry): HTMLTableRowElement {
  return h('tr', null, [
    h('td', null, [timeEl(ctx, entry.at)]),
    h('td', null, [h('a', { href: caseHash(entry.caseId), text: entry.reference })]),
    h('td', { text: auditedBy(ctx, entry.by) }),
    h('td', { text: entry.reason }),
  ]);
}
