/** Beside the reveal log, for supervisors: who opened which file of which case, and when. */
import type { MediaOpeningAuditEntry } from '#shared/staff/case-media-ports.js';
import { section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { caseHash } from '../router.js';
import type { ViewContext } from '../view-context.js';
import { auditedBy, auditTable } from './audit-table.js';

export function mediaAuditSection(ctx: ViewContext): HTMLElement {
  const load = async (cursor?: string) => {
    const page = await ctx.api.mediaAudit(cursor);
    return { entries: page.openings, nextCursor: page.nextCursor };
  };
  const columns = ['Waktu', 'Kasus', 'Petugas', 'Berkas'];
  const table = auditTable(ctx, columns, load, (entry) => openingRow(ctx, entry), { 'aria-label': 'Pembukaan berkas bukti' });
  return section('h-media-audit', 'Pembukaan berkas bukti', table);
}

function openingRow(ctx: ViewContext, entry: MediaOpeningAuditEntry): HTMLTableRowElement {
  return h('tr', null, [
    h('td', null, [timeEl(ctx, entry.at)]),
    h('td', null, [h('a', { href: caseHash(entry.caseId), text: entry.reference })]),
    h('td', { text: auditedBy(ctx, entry.by) }),
    h('td', { text: entry.objectId }),
  ]);
}
