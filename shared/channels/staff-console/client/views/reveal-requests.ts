/**
 * Reveal with approval in the console: the reason form (a kind from the list and sealed words), a
 * responder's request and its state, and the supervisors' pending requests with approve / refuse.
 */
import type * as z from 'zod';
import type { RevealRequest } from '#shared/staff/reveal-identity.js';
import type { RevealReason } from '#shared/staff/reveal-policy.js';
import type { PendingRevealRequest } from '#shared/staff/reveal-requests.js';
import { choice, field, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { formatWhen } from '../format.js';
import { caseHash } from '../router.js';
import type { ViewContext } from '../view-context.js';

export type RevealBody = z.input<typeof RevealRequest>;

/** The reason every reveal and request needs; `send` gets it when the form is valid. */
export function revealReasonForm(
  ctx: ViewContext,
  submit: { readonly text: string; readonly danger: boolean },
  send: (reason: z.input<typeof RevealReason>) => Promise<void>,
): HTMLFormElement {
  const kind = choice('reveal-reason-kind', 'reasonKind', ctx.labels.options('revealReasonKind'));
  const words = h('textarea', { id: 'reveal-reason', name: 'reason', required: true, minlength: '10', maxlength: '300' });
  const form = h('form', null, [
    field('Jenis alasan', kind.element),
    field('Alasan membuka identitas', words, 'Wajib, 10–300 karakter; tersimpan terenkripsi. Jangan menulis nama atau nomor di sini.'),
    h('button', { type: 'submit', class: submit.danger ? 'danger' : null, text: submit.text }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send({ reasonKind: kind.value(), reason: words.value }).catch((error: unknown) => ctx.frame.fail(error));
  });
  return form;
}

/**
 * A responder in an approval-mode regency: their approved request opens the identity once; a pending one
 * waits; otherwise they ask ("Minta izin").
 */
export async function responderRevealControls(
  ctx: ViewContext,
  caseId: string,
  open: (body: RevealBody) => Promise<void>,
  asked: () => void,
): Promise<HTMLElement> {
  const { requests } = await ctx.api.caseRevealRequests(caseId);
  const mine = requests.filter((request) => request.requestedBy.id === ctx.session.staff.id);
  const now = new Date().toISOString();
  const approved = mine.find((request) => request.status === 'approved' && !request.usedAt && (request.validUntil ?? '') > now);
  if (approved) {
    return h('div', null, [
      h('p', {
        text: `${approved.decidedBy?.name ?? 'Supervisor'} menyetujui permintaan Anda (${ctx.labels.text('revealReasonKind', approved.reasonKind)}). Berlaku sekali, sampai ${formatWhen(approved.validUntil ?? now, ctx.session.tenant)}.`,
      }),
      h('button', {
        type: 'button',
        class: 'danger',
        text: 'Buka identitas',
        onclick: () => void open({ requestId: approved.requestId }).catch((error: unknown) => ctx.frame.fail(error)),
      }),
    ]);
  }
  const pending = mine.find((request) => request.status === 'pending');
  if (pending) {
    return h('p', { role: 'status', text: `Permintaan izin Anda (${ctx.labels.text('revealReasonKind', pending.reasonKind)}) menunggu keputusan supervisor.` });
  }
  const refused = mine.findLast((request) => request.status === 'refused');
  return h('div', null, [
    h('p', { text: 'Kabupaten ini mewajibkan izin supervisor sebelum identitas pelapor dibuka.' }),
    refused ? h('p', { text: `Permintaan terakhir Anda ditolak oleh ${refused.decidedBy?.name ?? 'supervisor'}.` }) : null,
    revealReasonForm(ctx, { text: 'Minta izin', danger: false }, async (reason) => {
      await ctx.api.requestReveal(caseId, reason);
      ctx.frame.announce('Permintaan izin terkirim ke supervisor.');
      asked();
    }),
  ]);
}

/** The pending requests (of one case, or of the regency when `caseId` is absent), each with approve / refuse. */
export async function pendingRevealRequests(ctx: ViewContext, decided: () => void, caseId?: string): Promise<HTMLElement | null> {
  const { requests } = await ctx.api.pendingRevealRequests();
  const shown = requests.filter((request) => caseId === undefined || request.caseId === caseId);
  if (shown.length === 0) return caseId ? null : h('p', { text: 'Tidak ada permintaan izin yang menunggu.' });
  return h(
    'ul',
    { class: 'reveal-requests', 'aria-label': 'Permintaan izin membuka identitas' },
    shown.map((request) => pendingItem(ctx, request, decided, caseId === undefined)),
  );
}

function pendingItem(ctx: ViewContext, request: PendingRevealRequest, decided: () => void, linkCase: boolean): HTMLLIElement {
  const decide = (approve: boolean) => async () => {
    try {
      await ctx.api.decideRevealRequest(request.requestId, { approve });
      ctx.frame.announce(approve ? 'Permintaan disetujui: berlaku sekali dalam 24 jam.' : 'Permintaan ditolak.');
      decided();
    } catch (error) {
      ctx.frame.fail(error);
    }
  };
  return h('li', null, [
    h('p', null, [
      linkCase ? h('a', { href: caseHash(request.caseId), text: request.reference }) : null,
      linkCase ? ' · ' : null,
      `${request.requestedBy.name} meminta izin (${ctx.labels.text('revealReasonKind', request.reasonKind)}), `,
      timeEl(ctx, request.requestedAt),
    ]),
    h('blockquote', { text: request.reason }),
    h('button', { type: 'button', class: 'danger', text: 'Setujui', onclick: decide(true) }),
    ' ',
    h('button', { type: 'button', class: 'secondary', text: 'Tolak', onclick: decide(false) }),
  ]);
}
