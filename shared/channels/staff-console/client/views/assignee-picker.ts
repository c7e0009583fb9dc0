/**
 * How a supervisor gives a case to a colleague: a select of the regency's active directory people (never a
 * typed address). Only while the regency's directory is still empty, the older typed e-mail and name.
 */
import type * as z from 'zod';
import type { AssignmentRequest } from '#shared/staff/assign-case.js';
import { choice, field } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';

type Colleague = Exclude<z.input<typeof AssignmentRequest>['assignee'], 'me' | null>;

export function assigneePicker(ctx: ViewContext, assign: (assignee: Colleague, done: string) => void): HTMLElement {
  const form = h('form');
  void (async () => {
    try {
      const active = (await ctx.api.directory()).people.filter((person) => person.active);
      form.replaceChildren(...(active.length > 0 ? directoryFields(active, assign, form) : typedFields(assign, form)));
    } catch (error) {
      ctx.frame.fail(error);
    }
  })();
  return form;
}

function directoryFields(
  people: readonly { readonly personId: string; readonly name: string; readonly role: string }[],
  assign: (assignee: Colleague, done: string) => void,
  form: HTMLFormElement,
): HTMLElement[] {
  const pick = choice('assignee-person', 'personId', people.map((person) => [person.personId, person.name] as const), undefined, '– pilih petugas –');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const personId = pick.value();
    const name = people.find((person) => person.personId === personId)?.name;
    if (personId) assign({ personId }, `Kasus ditugaskan ke ${name}. Ia menerima SMS berisi tautan kasus.`);
  });
  return [
    field('Tugaskan ke', pick.element, 'Orang aktif di direktori; ia menerima SMS berisi tautan kasus'),
    h('button', { type: 'submit', class: 'secondary', text: 'Tugaskan' }),
  ];
}

function typedFields(assign: (assignee: Colleague, done: string) => void, form: HTMLFormElement): HTMLElement[] {
  const email = h('input', { type: 'email', id: 'assignee-id', name: 'id', required: true, autocomplete: 'off' });
  const name = h('input', { type: 'text', id: 'assignee-name', name: 'name', required: true, maxlength: '120', autocomplete: 'off' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    assign({ id: email.value, name: name.value }, `Kasus ditugaskan ke ${name.value}.`);
  });
  return [field('Email petugas', email), field('Nama petugas', name), h('button', { type: 'submit', class: 'secondary', text: 'Tugaskan' })];
}
