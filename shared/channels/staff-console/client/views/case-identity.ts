/**
 * Opening who reported (and the victim's contact an on-behalf reporter gave): a reason (kind and sealed
 * words) is required, or in an approval-mode regency a responder's approved request; the reveal is audited
 * before anything is decrypted, and what opened stays on screen until staff hide it.
 */
import type { RevealResult } from '#shared/staff/reveal-identity.js';
import type { CaseView } from '#shared/staff/view-case.js';
import { definitionList, section } from '../controls.js';
import { type Child, h } from '../dom.js';
import { formatWhen } from '../format.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';
import { pendingRevealRequests, type RevealBody, responderRevealControls, revealReasonForm } from './reveal-requests.js';

export function identitySection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  if (!c.hasIdentity && !c.hasVictimContact) {
    return section('h-identity', 'Identitas pelapor', [
      h('p', { text: 'Pelapor memilih anonim; tidak ada identitas yang tersimpan.' }),
    ]);
  }
  const controls = h('div', null, []);
  const open = async (body: RevealBody) => {
    const result = await ctx.api.reveal(c.caseId, body);
    controls.replaceChildren(revealed(ctx, result, actions));
    ctx.frame.announce('Identitas pelapor dibuka dan tercatat di log audit.');
  };
  const approvalMode = ctx.session.tenant.revealMode === 'approval';
  const supervisor = ctx.session.staff.role === 'supervisor';
  const fill = (slot: HTMLElement, load: Promise<Child>) =>
    load.then((child) => child && slot.append(child)).catch((error: unknown) => ctx.frame.fail(error));
  if (approvalMode && !supervisor) {
    void fill(controls, responderRevealControls(ctx, c.caseId, open, actions.reload));
  } else {
    // A supervisor reveals directly (audited) and, in approval mode, first sees this case's requests to decide.
    const pending = h('div', null, []);
    if (approvalMode) void fill(pending, pendingRevealRequests(ctx, actions.reload, c.caseId));
    controls.append(pending, revealReasonForm(ctx, { text: 'Buka identitas', danger: true }, open));
  }
  return section('h-identity', 'Identitas pelapor', [
    h('p', {
      text: 'Identitas pelapor dirahasiakan. Buka hanya bila perlu untuk menangani kasus; setiap pembukaan tercatat di log audit.',
    }),
    c.hasVictimContact
      ? h('p', { text: 'Pelapor juga memberikan kontak korban untuk penjangkauan; kontak itu ikut dibuka dan tercatat.' })
      : null,
    controls,
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
