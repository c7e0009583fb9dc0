/**
 * Closing as a decision (shared/staff/case-closing.ts): a responder asks to close (a reason chosen, nothing
 * preselected, after a confirmation), a supervisor approves or sends the request back with a reason, or
 * closes at once; a supervisor reopens a closed case with a reason.
 */
import type { CaseView } from '#shared/staff/view-case.js';
import { choice, field, section, timeEl } from '../controls.js';
import { confirmStep } from '../confirm-step.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

const TITLE = 'Penutupan kasus';

export function closingSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  const supervisor = ctx.session.staff.role === 'supervisor';
  if (c.status === 'selesai') {
    return section('h-closing', TITLE, supervisor ? [reopenForm(ctx, c, actions)] : [h('p', { text: 'Kasus sudah selesai. Hanya supervisor yang dapat membukanya kembali.' })]);
  }
  if (c.closeRequest) {
    const request = c.closeRequest;
    const waiting = h('p', { class: 'pending', 'data-testid': 'close-pending' }, [
      `Menunggu persetujuan penutupan: ${request.by.name} meminta penutupan (${ctx.labels.text('closingReason', request.closingReason)}), `,
      timeEl(ctx, request.at),
      '.',
    ]);
    return section('h-closing', TITLE, supervisor ? [waiting, ...decisionControls(ctx, c, actions)] : [waiting]);
  }
  if (!c.closingReasons.length) return section('h-closing', TITLE, [h('p', { text: 'Kasus dapat ditutup setelah asesmen.' })]);
  return section('h-closing', TITLE, [requestForm(ctx, c, actions, supervisor)]);
}

function requestForm(ctx: ViewContext, c: CaseView, actions: CaseActions, supervisor: boolean): HTMLFormElement {
  const reasons = c.closingReasons.map((code) => [code, ctx.labels.text('closingReason', code)] as const);
  const reason = choice('closing-reason', 'closingReason', reasons, undefined, '— Pilih alasan —');
  reason.element.required = true;
  const note = h('textarea', { id: 'closing-note', name: 'note', maxlength: String(ctx.noteMaxLength) });
  const form = h('form', null, [
    field('Alasan penutupan', reason.element),
    field('Catatan (tidak wajib)', note, 'Disimpan terenkripsi, seperti catatan kasus.'),
    h('button', { type: 'submit', text: supervisor ? 'Tutup kasus' : 'Minta penutupan' }),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const closingReason = reason.value();
    // The browser refuses the form without one (required); this only tells TypeScript.
    if (!closingReason) return;
    const named = ctx.labels.text('closingReason', closingReason);
    const confirmed = await confirmStep(
      supervisor
        ? { title: 'Tutup kasus ini?', text: `Kasus ${c.reference} ditutup sekarang (${named}).`, confirm: 'Ya, tutup kasus' }
        : {
            title: 'Minta penutupan kasus ini?',
            text: `Kasus ${c.reference} ditutup (${named}) setelah supervisor menyetujuinya. Sampai saat itu kasus tetap terbuka.`,
            confirm: 'Ya, minta penutupan',
          },
    );
    if (!confirmed) return;
    const text = note.value.trim();
    await actions.change(
      (expectedVersion) => ctx.api.requestClose(c.caseId, { closingReason, note: text || undefined, expectedVersion }),
      supervisor ? 'Kasus ditutup.' : 'Permintaan penutupan terkirim; menunggu persetujuan supervisor.',
    );
  });
  return form;
}

function decisionControls(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement[] {
  const approve = h('button', {
    type: 'button',
    text: 'Setujui penutupan',
    onclick: async () => {
      const confirmed = await confirmStep({
        title: 'Setujui penutupan?',
        text: `Kasus ${c.reference} ditutup sekarang. Hanya supervisor yang dapat membukanya kembali.`,
        confirm: 'Ya, setujui',
      });
      if (confirmed) {
        await actions.change((expectedVersion) => ctx.api.decideClose(c.caseId, { decision: 'approve', expectedVersion }), 'Penutupan disetujui. Kasus selesai.');
      }
    },
  });
  const reason = h('textarea', { id: 'return-reason', name: 'reason', required: true, maxlength: String(ctx.noteMaxLength) });
  const returnForm = h('form', null, [
    field('Alasan dikembalikan', reason, 'Wajib: apa yang masih perlu dilakukan.'),
    h('button', { type: 'submit', class: 'secondary', text: 'Kembalikan permintaan' }),
  ]);
  returnForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void actions.change(
      (expectedVersion) => ctx.api.decideClose(c.caseId, { decision: 'return', reason: reason.value, expectedVersion }),
      'Permintaan penutupan dikembalikan.',
    );
  });
  return [h('div', { class: 'actions' }, [approve]), returnForm];
}

function reopenForm(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLFormElement {
  const reason = h('textarea', { id: 'reopen-reason', name: 'reason', required: true, maxlength: String(ctx.noteMaxLength) });
  const form = h('form', null, [
    h('p', { text: 'Kasus sudah selesai.' }),
    field('Alasan membuka kembali', reason),
    h('button', { type: 'submit', class: 'secondary', text: 'Buka kembali kasus' }),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const confirmed = await confirmStep({
      title: 'Buka kembali kasus ini?',
      text: `Kasus ${c.reference} kembali ke penanganan.`,
      confirm: 'Ya, buka kembali',
    });
    if (confirmed) {
      await actions.change((expectedVersion) => ctx.api.reopen(c.caseId, { reason: reason.value, expectedVersion }), 'Kasus dibuka kembali.');
    }
  });
  return form;
}
