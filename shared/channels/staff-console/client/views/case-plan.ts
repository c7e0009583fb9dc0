/** The case plan: the next step (sealed on the server) and its day; the assignee gets an SMS that day. */
import { field, section } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function planSection(
  ctx: ViewContext,
  caseId: string,
  plan: { readonly dueDate: string } | undefined,
  overdue: boolean,
  actions: CaseActions,
): HTMLElement {
  const nextStep = h('textarea', { id: 'plan-step', name: 'nextStep', required: true, maxlength: String(ctx.noteMaxLength) });
  const dueDate = h('input', { id: 'plan-date', name: 'dueDate', type: 'date', required: true });
  const form = h('form', null, [
    field('Langkah berikutnya', nextStep, 'Tersimpan terenkripsi.'),
    field('Tanggal tindak lanjut', dueDate),
    h('button', { type: 'submit', text: 'Simpan rencana' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { nextStep: nextStep.value, dueDate: dueDate.value };
    void actions.change((expectedVersion) => ctx.api.setPlan(caseId, { ...body, expectedVersion }), 'Rencana tersimpan.');
  });
  const current = plan ? `Tindak lanjut ${plan.dueDate}${overdue ? ' — terlambat' : ''}` : 'Belum ada rencana';
  return section('h-plan', 'Rencana kasus', [h('p', { text: current }), form]);
}
