/**
 * The case list: the regency's open cases most urgent first, then by due time, closed ones after; filtered,
 * one page at a time ("Muat lebih banyak"), or the one case a reference names (the SMS gives it).
 */
import type { CaseListItem } from '#shared/staff/list-cases.js';
import { badge, field, moreButton, slaEl, timeEl } from '../controls.js';
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
    void load();
  });
  const search = searchForm((reference) => void load(undefined, reference));
  ctx.frame.show('Kasus', [search, form, count, list, more]);

  async function load(cursor?: string, reference?: string): Promise<void> {
    const query = new URLSearchParams(
      reference ? { reference } : Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    if (cursor) query.set('cursor', cursor);
    try {
      const page = await ctx.api.listCases(query);
      if (!cursor) list.replaceChildren();
      list.append(...page.cases.map((c) => caseItem(ctx, c)));
      const none = reference ? `Tidak ada kasus bernomor ${reference}.` : 'Tidak ada kasus yang cocok.';
      count.textContent = list.children.length ? `${list.children.length} kasus ditampilkan.` : none;
      more.replaceChildren(...(page.nextCursor ? [moreButton(page.nextCursor, (next) => void load(next))] : []));
    } catch (error) {
      ctx.frame.fail(error);
    }
  }
  void load();
}

/** Finds the case a reference names ("BLR-2026-00042"); an empty search shows the filtered list again. */
function searchForm(find: (reference: string | undefined) => void): HTMLFormElement {
  const input = h('input', { type: 'search', id: 'f-reference', name: 'reference', autocomplete: 'off', placeholder: 'BLR-2026-00042', maxlength: '40' });
  const form = h('form', { role: 'search', class: 'search' }, [
    field('Cari nomor laporan', input, 'Nomor yang disebut SMS, mis. BLR-2026-00042.'),
    h('div', { class: 'actions' }, [h('button', { type: 'submit', text: 'Cari' })]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    find(input.value.trim() || undefined);
  });
  return form;
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
    c.closeRequest ? h('p', { class: 'pending', text: 'Menunggu persetujuan penutupan' }) : null,
    h('p', { text: facts.filter(Boolean).join(' · ') }),
    h('p', null, ['Diterima ', timeEl(ctx, c.createdAt)]),
    h('p', null, [slaEl(ctx, c)]),
    c.assignee ? h('p', { text: `Ditangani: ${c.assignee.name}` }) : null,
  ]);
}
