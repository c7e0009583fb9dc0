/** The case list: the regency's cases, filtered, one page at a time ("Muat lebih banyak"). */
import type { CaseListItem } from '#shared/staff/list-cases.js';
import { badge, moreButton, slaEl, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { caseHash } from '../router.js';
import type { ViewContext } from '../view-context.js';
import { type CaseListFilter, filterForm, OPEN_STATUSES } from './case-list-filter.js';

/** The filter stays while the tab is open: back from a case, staff find the list as they left it. */
let filter: CaseListFilter = { status: OPEN_STATUSES };

export function showCases(ctx: ViewContext): void {
  const list = h('ul', { class: 'cases', 'aria-label': 'Daftar kasus' });
  const count = h('p', { id: 'case-count', 'aria-live': 'polite' });
  const more = h('div', { class: 'actions' });
  const form = filterForm(ctx, filter, (chosen) => {
    filter = chosen;
    load();
  });
  ctx.frame.show('Kasus', [form, count, list, more]);

  async function load(cursor?: string): Promise<void> {
    const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value));
    if (cursor) query.set('cursor', cursor);
    try {
      const page = await ctx.api.listCases(query);
      if (!cursor) list.replaceChildren();
      list.append(...page.cases.map((c) => caseItem(ctx, c)));
      count.textContent = list.children.length ? `${list.children.length} kasus ditampilkan.` : 'Tidak ada kasus yang cocok.';
      more.replaceChildren(...(page.nextCursor ? [moreButton(page.nextCursor, load)] : []));
    } catch (error) {
      ctx.frame.fail(error);
    }
  }
  void load();
}

function caseItem(ctx: ViewContext, c: CaseListItem): HTMLLIElement {
  const { labels } = ctx;
  const facts = [
    labels.text('category', c.category),
    c.kecamatan ? `Kec. ${c.kecamatan}` : null,
    labels.text('channel', c.channel),
    c.reporterRole ? `Pelapor: ${labels.text('reporterRole', c.reporterRole)}` : null,
  ];
  return h('li', { class: `case ${c.urgency}` }, [
    h('a', { href: caseHash(c.caseId), text: c.reference }),
    h('p', null, [badge(ctx, c.urgency), labels.text('status', c.status)]),
    h('p', { text: facts.filter(Boolean).join(' · ') }),
    h('p', null, ['Diterima ', timeEl(ctx, c.createdAt)]),
    h('p', null, [slaEl(ctx, c)]),
    c.assignee ? h('p', { text: `Ditangani: ${c.assignee.name}` }) : null,
  ]);
}
