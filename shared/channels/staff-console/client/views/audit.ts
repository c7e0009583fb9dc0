/** The identity-reveal audit log for supervisors: who opened which reporter's identity, when and why (files below). */
import type { RevealAuditEntry } from '#shared/staff/ports.js';
import { moreButton, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { caseHash } from '../router.js';
import type { ViewContext } from '../view-context.js';
import { auditedBy, mediaAuditSection } from './media-audit.js';

export function showAudit(ctx: ViewContext): void {
  const body = h('tbody');
  const more = h('div', { class: 'actions' });
  ctx.frame.show('Log audit pembukaan identitas', [
    h('div', { class: 'table-wrap' }, [
      h('table', null, [
        h('thead', null, [h('tr', null, ['Waktu', 'Kasus', 'Petugas', 'Alasan'].map((text) => h('th', { scope: 'col', text })))]),
        body,
      ]),
    ]),
    more,
    mediaAuditSection(ctx),
  ]);

  async function load(cursor?: string): Promise<void> {
    try {
      const page = await ctx.api.revealAudit(cursor);
      body.append(...page.reveals.map((entry) => auditRow(ctx, entry)));
      more.replaceChildren(...(page.nextCursor ? [moreButton(page.nextCursor, load)] : []));
    } catch (error) {
      ctx.frame.fail(error);
    }
  }
  void load();
}

function auditRow(ctx: ViewContext, entry: RevealAuditEntry): HTMLTableRowElement {
  return h('tr', null, [
    h('td', null, [timeEl(ctx, entry.at)]),
    h('td', null, [h('a', { href: caseHash(entry.caseId), text: entry.reference })]),
    h('td', { text: auditedBy(ctx, entry.by) }),
    h('td', { text: entry.reason }),
  ]);
}
