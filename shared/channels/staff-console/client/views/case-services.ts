/** A service given to the victim: its kind and day, who gave it and where, a note (sealed on the server). */
import { choice, field, section } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function servicesSection(ctx: ViewContext, caseId: string, given: readonly string[], actions: CaseActions): HTMLElement {
  const service = choice('service-kind', 'service', ctx.labels.options('serviceGiven'));
  const date = h('input', { id: 'service-date', name: 'date', type: 'date', required: true });
  const providedBy = h('input', { id: 'service-by', name: 'providedBy', required: true, maxlength: '200' });
  const place = h('input', { id: 'service-place', name: 'place', required: true, maxlength: '200' });
  const note = h('textarea', { id: 'service-note', name: 'note', maxlength: String(ctx.noteMaxLength) });
  const form = h('form', null, [
    field('Jenis layanan', service.element),
    field('Tanggal', date),
    field('Diberikan oleh', providedBy),
    field('Tempat layanan', place),
    field('Catatan (opsional)', note, 'Tersimpan terenkripsi.'),
    h('button', { type: 'submit', text: 'Simpan layanan' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { service: service.value(), date: date.value, providedBy: providedBy.value, place: place.value, note: note.value || undefined };
    void actions.change((expectedVersion) => ctx.api.recordService(caseId, { ...body, expectedVersion }), 'Layanan tersimpan.');
  });
  const list = given.length ? given.map((code) => ctx.labels.text('serviceGiven', code)).join(', ') : 'Belum ada';
  return section('h-services', 'Layanan yang diberikan', [h('p', { text: list }), form]);
}
