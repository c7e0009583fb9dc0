/**
 * Opening who reported (and the victim's contact an on-behalf reporter gave): a reason is required, the
 * reveal is audited before anything is decrypted, and what opened stays on screen until staff hide it.
 */
import type { RevealResult } from '#shared/staff/reveal-identity.js';
import type { CaseView } from '#shared/staff/view-case.js';
import { definitionList, field, section } from '../controls.js';
import { h } from '../dom.js';
import { formatWhen } from '../format.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function identitySection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  if (!c.hasIdentity && !c.hasVictimContact) {
    return section('h-identity', 'Identitas pelapor', [
      h('p', { text: 'Pelapor memilih anonim; tidak ada identitas yang tersimpan.' }),
    ]);
  }
  const reason = h('textarea', { id: 'reveal-reason', name: 'reason', required: true, minlength: '10', maxlength: '300' });
  const form = h('form', null, [
    h('p', {
      text: 'Identitas pelapor dirahasiakan. Buka hanya bila perlu untuk menangani kasus; setiap pembukaan tercatat di log audit.',
    }),
    field('Alasan membuka identitas', reason, 'Wajib, 10–300 karakter. Jangan menulis nama atau nomor di sini.'),
    h('button', { type: 'submit', class: 'danger', text: 'Buka identitas' }),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const result = await ctx.api.reveal(c.caseId, { reason: reason.value });
      form.replaceWith(revealed(ctx, result, actions));
      ctx.frame.announce('Identitas pelapor dibuka dan tercatat di log audit.');
    } catch (error) {
      ctx.frame.fail(error);
    }
  });
  return section('h-identity', 'Identitas pelapor', [
    c.hasVictimContact
      ? h('p', { text: 'Pelapor juga memberikan kontak korban untuk penjangkauan; kontak itu ikut dibuka dan tercatat.' })
      : null,
    form,
  ]);
}

function revealed(ctx: ViewContext, result: RevealResult, actions: CaseActions): HTMLElement {
  const id = result.identity;
  const victim = result.victimContact;
  const volunteer: [string, string][] = id.organisation
    ? [
        ['Lembaga relawan', ctx.labels.text('volunteerOrganisation', id.organisation)],
        ['Desa tugas', id.village || '–'],
      ]
    : [];
  return h('div', { class: 'identity', 'data-testid': 'identity' }, [
    definitionList([['Nama', id.name || '–'], ['Nomor HP', telLink(id.phone)], ['NIK', id.nik || '–'], ['Alamat', id.address || '–'], ...volunteer]),
    victim ? h('h3', { text: 'Kontak korban (untuk penjangkauan)' }) : null,
    victim
      ? definitionList([['Nama', victim.name || '–'], ['Nomor HP', telLink(victim.phone)], ['Alamat', victim.address || '–']])
      : null,
    h('p', { text: `Dibuka ${formatWhen(result.revealedAt, ctx.session.tenant)}; tercatat di log audit.` }),
    h('button', { type: 'button', class: 'secondary', text: 'Sembunyikan', onclick: actions.reload }),
  ]);
}

function telLink(phone: string | undefined): HTMLAnchorElement | string {
  return phone ? h('a', { href: `tel:${phone.replace(/[^0-9+]/g, '')}`, text: phone }) : '–';
}
