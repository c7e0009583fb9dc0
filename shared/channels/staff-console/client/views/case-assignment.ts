/** Who handles the case: take it, release it, or (supervisors) give it to a colleague. */
import type { CaseView } from '#shared/staff/view-case.js';
import { field, section } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function assignmentSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  const me = ctx.session.staff;
  const supervisor = me.role === 'supervisor';
  const mine = c.assignee?.id === me.id;
  const assign = (assignee: 'me' | null | { id: string; name: string }, done: string) =>
    void actions.change((expectedVersion) => ctx.api.assign(c.caseId, { assignee, expectedVersion }), done);
  const buttons = [
    // Taking a case from a colleague is for supervisors (the API answers 403 otherwise).
    !mine && (!c.assignee || supervisor)
      ? h('button', { type: 'button', text: 'Ambil kasus ini', onclick: () => assign('me', 'Kasus ini sekarang Anda tangani.') })
      : null,
    c.assignee && (mine || supervisor)
      ? h('button', { type: 'button', class: 'secondary', text: 'Lepaskan', onclick: () => assign(null, 'Penugasan dilepas.') })
      : null,
  ];
  return section('h-assign', 'Penugasan', [
    h('p', { text: c.assignee ? `Ditangani oleh ${c.assignee.name}.` : 'Belum ada yang menangani kasus ini.' }),
    h('div', { class: 'actions' }, buttons),
    supervisor ? colleagueForm(assign) : null,
  ]);
}

function colleagueForm(assign: (assignee: { id: string; name: string }, done: string) => void): HTMLFormElement {
  const email = h('input', { type: 'email', id: 'assignee-id', name: 'id', required: true, autocomplete: 'off' });
  const name = h('input', { type: 'text', id: 'assignee-name', name: 'name', required: true, maxlength: '120', autocomplete: 'off' });
  const form = h('form', null, [
    field('Email petugas', email),
    field('Nama petugas', name),
    h('button', { type: 'submit', class: 'secondary', text: 'Tugaskan' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    assign({ id: email.value, name: name.value }, `Kasus ditugaskan ke ${name.value}.`);
  });
  return form;
}
