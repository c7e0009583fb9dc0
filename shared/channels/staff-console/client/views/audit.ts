/** The identity-reveal audit log for supervisors: who opened which reporter's identity, when and the reason's kind (files below). */
import type { RevealAuditEntry } from '#shared/staff/ports.js';
import { section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { caseHash } from '../router.js';
import type { ViewContext } from '../view-context.js';
import { auditedBy, auditTable } from './audit-table.js';
import { mediaAuditSection } from './media-audit.js';
import { onCallAuditSection } from './on-call-audit.js';
import { pendingRevealRequests } from './reveal-requests.js';

export function showAudit(ctx: ViewContext): void {
  const load = async (cursor?: string) => {
    const page = await ctx.api.revealAudit(cursor);
    return { entries: page.reveals, nextCursor: page.nextCursor };
  };
  ctx.frame.show('Log audit pembukaan identitas', [
    ctx.session.tenant.revealMode === 'approval' ? pendingRequestsSection(ctx) : null,
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
    // The kind only: the staff member's words stay sealed (SECURITY.md, "Identity reveal").
    h('td', { text: entry.reasonKind ? ctx.labels.text('revealReasonKind', entry.reasonKind) : 'Alasan lama (tidak ditampilkan)' }),
  ]);
}

/** The regency's requests waiting for a supervisor (approval mode), decided here or on the case page. */
function pendingRequestsSection(ctx: ViewContext): HTMLElement {
  const list = h('div', { 'aria-live': 'polite' }, []);
  const load = () =>
    pendingRevealRequests(ctx, load)
      .then((shown) => list.replaceChildren(...(shown ? [shown] : [])))
      .catch((error: unknown) => ctx.frame.fail(error));
  void load();
  return section('h-reveal-requests', 'Permintaan izin membuka identitas', [list]);
}
