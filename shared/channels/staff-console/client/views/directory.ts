/**
 * The regency's staff directory, for supervisors: who is in it (name, role, masked number, sign-in e-mail,
 * active or not), adding a person, disabling and re-enabling. Refusals show under the field they name.
 */
import type { StaffPersonView } from '#shared/oncall/staff-person.js';
import { ApiError } from '../api-error.js';
import { choice, field, section } from '../controls.js';
import { h } from '../dom.js';
import { fieldErrors } from '../field-errors.js';
import { sayOnCallChanged } from '../on-call-banner.js';
import type { ViewContext } from '../view-context.js';

export async function showDirectory(ctx: ViewContext): Promise<void> {
  try {
    const { people } = await ctx.api.directory();
    ctx.frame.show('Direktori petugas', [
      h('p', { text: `${people.filter((person) => person.active).length} aktif dari ${people.length} orang.` }),
      h('ul', { class: 'cases people', 'aria-label': 'Orang di direktori' }, people.map((person) => personItem(ctx, person))),
      addPersonSection(ctx),
    ]);
  } catch (error) {
    ctx.frame.fail(error);
  }
}

/** `+62 812••••0001`: enough to tell two numbers apart on a shared screen, not enough to call. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+62/, '');
  return `+62 ${digits.slice(0, 3)}${'•'.repeat(Math.max(0, digits.length - 7))}${digits.slice(-4)}`;
}

function personItem(ctx: ViewContext, person: StaffPersonView): HTMLLIElement {
  const toggle = h('button', {
    type: 'button',
    class: person.active ? 'secondary' : '',
    text: person.active ? `Nonaktifkan ${person.name}` : `Aktifkan kembali ${person.name}`,
    onclick: () => void setActive(ctx, person, !person.active),
  });
  return h('li', { class: person.active ? 'case' : 'case inactive' }, [
    h('p', null, [h('strong', { text: person.name }), ` · ${ctx.labels.text('role', person.role)}`]),
    h('p', { text: `${maskPhone(person.phone)} · ${person.email}` }),
    h('p', { text: person.active ? 'Aktif' : 'Nonaktif: tidak menerima peringatan dan tidak bisa dijadwalkan' }),
    h('div', { class: 'actions' }, [toggle]),
  ]);
}

async function setActive(ctx: ViewContext, person: StaffPersonView, active: boolean): Promise<void> {
  try {
    await ctx.api.setPersonActive(person.personId, { active, expectedVersion: person.version });
    sayOnCallChanged();
    await showDirectory(ctx);
    ctx.frame.announce(active ? `${person.name} aktif kembali.` : `${person.name} dinonaktifkan.`);
  } catch (error) {
    ctx.frame.fail(error);
    if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') await showDirectory(ctx);
  }
}

function addPersonSection(ctx: ViewContext): HTMLElement {
  const name = h('input', { type: 'text', id: 'person-name', name: 'name', required: true, maxlength: '120', autocomplete: 'off' });
  const role = choice('person-role', 'role', ctx.labels.options('role'), 'responder');
  const phone = h('input', { type: 'tel', id: 'person-phone', name: 'phone', required: true, inputmode: 'tel', autocomplete: 'off' });
  const email = h('input', { type: 'email', id: 'person-email', name: 'email', required: true, maxlength: '254', autocomplete: 'off' });
  const errors = fieldErrors(() => new Map<string, HTMLElement>([['name', name], ['role', role.element], ['phone', phone], ['email', email]]));
  const form = h('form', { novalidate: true }, [
    field('Nama', name),
    field('Peran', role.element),
    field('Nomor HP', phone, 'Nomor seluler Indonesia untuk SMS peringatan, contoh 0812 3456 7890'),
    field('E-mail untuk masuk', email),
    h('button', { type: 'submit', text: 'Tambah ke direktori' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      try {
        const added = await ctx.api.addPerson({ name: name.value, role: role.value(), phone: phone.value, email: email.value });
        await showDirectory(ctx);
        ctx.frame.announce(`${added.name} ditambahkan ke direktori.`);
      } catch (error) {
        const emailTaken = error instanceof ApiError && error.code === 'STAFF_EMAIL_TAKEN';
        const withField = emailTaken ? new ApiError(error.status, error.code, error.text, [{ field: 'email', issue: error.text }]) : error;
        errors.show(withField);
        ctx.frame.fail(error);
      }
    })();
  });
  return section('h-add-person', 'Tambah orang', [form]);
}
