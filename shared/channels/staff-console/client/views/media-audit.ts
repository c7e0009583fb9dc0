/** Beside the reveal log, for supervisors: who opened which file of which case, and when. */
import type { MediaOpeningAuditEntry } from '#shared/staff/case-media-ports.js';
import type { StaffRef } from '#shared/staff/timeline.js';
import { moreButton, section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { caseHash } from '../router.js';
import type { ViewContext } from '../view-context.js';

/** `Name <id> (role)`: how an audit row names the staff member. */
export function auditedBy(ctx: ViewContext, by: StaffRef): string {
  return `${by.name} <${by.id}> (${ctx.labels.text('role', by.role)})`;
}

export function mediaAuditSection(ctx: ViewContext): HTMLElement {
  const body = h('tbody');
  const more = h('div', { class: 'actions' });
  async function load(cursor?: string): Promise<void> {
    try {
      const page = await ctx.api.mediaAudit(cursor);
      body.append(...page.openings.map((entry) => openingRow(ctx, entry)));
      more.replaceChildren(...(page.nextCursor ? [moreButton(page.nextCursor, load)] : []));
    } catch (error) {
      ctx.frame.fail(error);
    }
  }
  void load();
  return section('h-media-audit', 'Pembukaan berkas bukti', [
    h('div', { class: 'table-wrap' }, [
      h('table', { 'data-testid': 'media-audit' }, [
        h('thead', null, [h('tr', null, ['Waktu', 'Kasus', 'Petugas', 'Berkas'].map((text) => h('th', { scope: 'col', text })))]),
        body,
      ]),
    ]),
    more,
  ]);
}

function openingRow(ctx: ViewContext, entry: MediaOpeningAuditEntry): HTMLTableRowElement {
  return h('tr', null, [
    h('td', null, [timeEl(ctx, entry.at)]),
    h('td', null, [h('a', { href: caseHash(entry.caseId), text: entry.reference })]),
    h('td', { text: auditedBy(ctx, entry.by) }),
    h('td', { text: entry.objectId }),
  ]);
}
