/**
 * Legal hold on the case page: everyone sees whether the case is held; a supervisor holds it (court,
 * police, prosecutor) or releases it, with a reason kind and sealed words (shared/pdp/hold-case.ts).
 */
import type { CaseView } from '#shared/staff/view-case.js';
import { choice, field, section } from '../controls.js';
import { h } from '../dom.js';
import { formatWhen } from '../format.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function holdSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  const held = c.legalHold;
  const state = held
    ? `Ditahan sejak ${formatWhen(held.since, ctx.session.tenant)} oleh ${held.by.name} (${ctx.labels.text('holdReasonKind', held.reasonKind)}). Selama ditahan, tidak ada data kasus ini yang dimusnahkan.`
    : 'Tidak ditahan. Setelah kasus ditutup, data pribadinya dimusnahkan sesuai masa retensi kabupaten.';
  const children: HTMLElement[] = [h('p', { 'data-testid': 'hold-state', text: state })];
  if (ctx.session.staff.role === 'supervisor') {
    const kind = choice('hold-reason-kind', 'reasonKind', ctx.labels.options('holdReasonKind'), held?.reasonKind);
    const words = h('textarea', { id: 'hold-reason', name: 'reason', required: true, maxlength: '1000' });
    const form = h('form', null, [
      field('Dasar', kind.element),
      field('Keterangan', words, 'Wajib (mis. nomor surat); tersimpan terenkripsi.'),
      h('button', { type: 'submit', class: held ? 'secondary' : null, text: held ? 'Lepas penahanan' : 'Tahan kasus' }),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const request = { held: !held, reasonKind: kind.value(), reason: words.value };
      void actions.change(
        (expectedVersion) => ctx.api.holdCase(c.caseId, { ...request, expectedVersion }),
        held ? 'Penahanan dilepas.' : 'Kasus ditahan (legal hold).',
      );
    });
    children.push(form);
  }
  return section('h-hold', 'Penahanan hukum (legal hold)', children);
}
