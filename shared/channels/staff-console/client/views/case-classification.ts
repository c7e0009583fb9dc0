/**
 * Correcting what triage or the reporter got wrong: triage's verdict beside the case as it now stands, and
 * a form that sends only what staff changed, with the reason (sealed on the server; it may name people).
 */
import type * as z from 'zod';
import type { Category } from '#shared/domain/vocabulary.js';
import { CLASSIFICATION_REASON_MAX_LENGTH, type Classification, classificationOf } from '#shared/staff/classification.js';
import type { ClassificationRequest } from '#shared/staff/correct-classification.js';
import type { CaseView } from '#shared/staff/view-case.js';
import { checkboxGroup } from '../checkbox-group.js';
import { choice, field, section } from '../controls.js';
import { h } from '../dom.js';
import type { Labels } from '../labels.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function classificationSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  const { labels } = ctx;
  const now = classificationOf(c);
  const filed = c.triage ?? now;
  const service = choice('cls-service', 'service', labels.options('service'), now.service);
  const main = choice('cls-category', 'category', labels.options('category'), now.categories[0]);
  const others = checkboxGroup('cls-categories', 'Jenis kekerasan lain (jika ada)', labels.options('category'), now.categories.slice(1));
  const urgency = choice('cls-urgency', 'urgency', labels.options('urgency'), now.urgency);
  const kecamatanOptions = ctx.session.tenant.kecamatan.map((k) => [k, k] as const);
  const kecamatan = choice('cls-kecamatan', 'kecamatan', kecamatanOptions, now.kecamatan, 'Belum diketahui');
  const reason = h('textarea', { id: 'cls-reason', name: 'reason', required: true, maxlength: String(CLASSIFICATION_REASON_MAX_LENGTH) });

  const form = h('form', null, [
    field('Layanan', service.element),
    field('Jenis kekerasan utama', main.element),
    others.element,
    field('Urgensi', urgency.element, 'Urgensi baru memulai ulang batas asesmen; menaikkan urgensi tidak pernah memundurkannya.'),
    field('Kecamatan', kecamatan.element),
    field('Alasan koreksi', reason, 'Wajib. Tersimpan terenkripsi dan tercatat di riwayat.'),
    h('button', { type: 'submit', text: 'Simpan koreksi' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const mainCategory = main.value();
    const chosen: Classification = {
      service: service.value(),
      categories: [mainCategory, ...others.values().filter((code) => code !== mainCategory)],
      urgency: urgency.value(),
      kecamatan: kecamatan.value(),
    };
    void actions.change(
      (expectedVersion) => ctx.api.correctClassification(c.caseId, { ...changesFrom(now, chosen), reason: reason.value, expectedVersion }),
      'Klasifikasi dikoreksi.',
    );
  });
  return section('h-classification', 'Koreksi klasifikasi', [verdictTable(labels, filed, now, c.triage !== undefined), form]);
}

/** The fields staff changed; an unchanged one is not sent (the server refuses a correction of nothing). */
function changesFrom(now: Classification, chosen: Classification): Omit<z.input<typeof ClassificationRequest>, 'reason' | 'expectedVersion'> {
  const changed: { -readonly [F in keyof Classification]?: Classification[F] } = {};
  if (chosen.service !== now.service) changed.service = chosen.service;
  if (chosen.categories.join() !== now.categories.join()) changed.categories = chosen.categories;
  if (chosen.urgency !== now.urgency) changed.urgency = chosen.urgency;
  if (chosen.kecamatan && chosen.kecamatan !== now.kecamatan) changed.kecamatan = chosen.kecamatan;
  return { ...changed, categories: changed.categories && [...changed.categories] };
}

/** Triage's verdict and the case as it stands, row by row. */
function verdictTable(labels: Labels, filed: Classification, now: Classification, corrected: boolean): HTMLElement {
  const categories = (codes: readonly Category[]) => codes.map((code) => labels.text('category', code)).join(', ');
  const rows: [string, string, string][] = [
    ['Layanan', labels.text('service', filed.service), labels.text('service', now.service)],
    ['Jenis kekerasan', categories(filed.categories), categories(now.categories)],
    ['Urgensi', labels.text('urgency', filed.urgency), labels.text('urgency', now.urgency)],
    ['Kecamatan', filed.kecamatan ?? '–', now.kecamatan ?? '–'],
  ];
  // Focusable: on a narrow phone the table may scroll sideways, and keyboards must reach it too.
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Triase dan klasifikasi sekarang' }, [
    h('table', { class: 'verdict', 'data-testid': 'classification-verdict' }, [
      h('caption', { text: corrected ? 'Triase dan koreksi staf' : 'Belum pernah dikoreksi' }),
      h('thead', null, [h('tr', null, ['Isian', 'Menurut triase', 'Sekarang'].map((text) => h('th', { scope: 'col', text })))]),
      h(
        'tbody',
        null,
        rows.map(([name, before, after]) => h('tr', null, [h('th', { scope: 'row', text: name }), h('td', { text: before }), h('td', { text: after })])),
      ),
    ]),
  ]);
}
