/** The case list's filter form: status, urgency, category, channel, kecamatan, dates, mine or unassigned, waiting to close, overdue follow-ups. */
import type * as z from 'zod';
import type { CaseListQuery } from '#shared/staff/case-filter.js';
import { choice, field } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';

type FilterName = Exclude<keyof z.input<typeof CaseListQuery>, 'limit' | 'cursor' | 'reference'>;

/** The list's query as the API takes it (comma-separated codes, dates as YYYY-MM-DD, `assignee=me`). */
export type CaseListFilter = Readonly<Partial<Record<FilterName, string>>>;

/** Every status but `selesai`: what the office still has to do. */
export const OPEN_STATUSES = 'diterima,asesmen,penanganan,rujukan';

export function filterForm(ctx: ViewContext, current: CaseListFilter, apply: (filter: CaseListFilter) => void): HTMLDetailsElement {
  const { labels } = ctx;
  const kecamatan = ctx.session.tenant.kecamatan.map((k) => [k, k] as const);
  const controls = [
    field('Status', choice('f-status', 'status', [[OPEN_STATUSES, 'Belum selesai'], ['', 'Semua status'], ...labels.options('status')], current.status ?? '').element),
    field('Urgensi', choice('f-urgency', 'urgency', labels.options('urgency'), current.urgency, 'Semua').element),
    field('Kategori', choice('f-category', 'category', labels.options('category'), current.category, 'Semua').element),
    field('Kanal', choice('f-channel', 'channel', labels.options('channel'), current.channel, 'Semua').element),
    field('Kecamatan', choice('f-kecamatan', 'kecamatan', kecamatan, current.kecamatan, 'Semua').element),
    field('Diterima sejak', h('input', { type: 'date', id: 'f-from', name: 'from', value: current.from ?? '' })),
    field('Diterima sampai', h('input', { type: 'date', id: 'f-to', name: 'to', value: current.to ?? '' })),
  ];
  const handlers = [
    ['me', 'Milik saya'],
    ['none', 'Belum ditangani'],
  ] as const;
  const pending = h('input', { type: 'checkbox', id: 'f-close-requested', name: 'closeRequested', value: 'true', checked: current.closeRequested === 'true' });
  const lateFollowUp = h('input', { type: 'checkbox', id: 'f-follow-up', name: 'followUp', value: 'terlambat', checked: current.followUp === 'terlambat' });
  const form = h('form', { class: 'grid' }, [
    ...controls,
    field('Penanganan', choice('f-assignee', 'assignee', handlers, current.assignee as 'me' | 'none' | undefined, 'Semua').element),
    h('label', { class: 'check', for: 'f-close-requested' }, [pending, 'Hanya yang menunggu persetujuan penutupan']),
    h('label', { class: 'check', for: 'f-follow-up' }, [lateFollowUp, 'Hanya tindak lanjut terlambat']),
    h('div', { class: 'actions' }, [h('button', { type: 'submit', text: 'Tampilkan' })]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen: Partial<Record<FilterName, string>> = {};
    new FormData(form).forEach((value, key) => {
      // The form's control names are the query's names.
      if (typeof value === 'string' && value) chosen[key as FilterName] = value;
    });
    apply(chosen);
  });
  return h('details', { class: 'filters' }, [h('summary', { text: 'Saring kasus' }), form]);
}
