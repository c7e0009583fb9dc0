/**
 * The case's referrals: each partner's answer one step at a time (diterima → selesai, or ditolak with a
 * reason), and a new referral, consent first: sharing the victim's details needs the victim's (a guardian's
 * for a child) recorded consent, or a supervisor's written reason to go without it.
 */
import type { Partner } from '#shared/staff/partners.js';
import { NEXT_REFERRAL_STATUS } from '#shared/staff/referral-steps.js';
import type { ReferralState } from '#shared/staff/referrals.js';
import type { CaseView } from '#shared/staff/view-case.js';
import { choice, field, fieldWhenChosen, section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function referralsSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  const referrals = c.referrals ?? [];
  return section('h-referrals', 'Rujukan', [
    referrals.length
      ? h('ul', { class: 'cards', 'data-testid': 'referrals' }, referrals.map((referral) => referralItem(ctx, c.caseId, referral, actions)))
      : h('p', { text: 'Belum ada rujukan.' }),
    referForm(ctx, c.caseId, actions),
  ]);
}

function referralItem(ctx: ViewContext, caseId: string, referral: ReferralState, actions: CaseActions): HTMLLIElement {
  const { labels } = ctx;
  const shared = referral.shareDetails ? (referral.overridden ? 'dengan data korban, tanpa persetujuan (keputusan supervisor)' : 'dengan data korban, atas persetujuan') : 'tanpa data korban';
  return h('li', null, [
    h('strong', { text: `${referral.partner.name} (${labels.text('partnerKind', referral.partner.kind)})` }),
    h('p', null, [`${labels.text('referralStatus', referral.status)} · ${referral.statusDate} · dirujuk `, timeEl(ctx, referral.referredAt)]),
    h('p', { text: `Dirujuk ${shared}.` }),
    referral.linkedCase ? h('p', { text: `Menjadi kasus ${referral.linkedCase.reference} di ${referral.linkedCase.tenantId}.` }) : null,
    NEXT_REFERRAL_STATUS[referral.status].length ? stepForm(ctx, caseId, referral, actions) : null,
  ]);
}

function stepForm(ctx: ViewContext, caseId: string, referral: ReferralState, actions: CaseActions): HTMLFormElement {
  const id = (name: string) => `referral-${referral.referralId}-${name}`;
  const steps = NEXT_REFERRAL_STATUS[referral.status].map((status) => [status, ctx.labels.text('referralStatus', status)] as const);
  const status = choice(id('status'), 'status', steps);
  const date = h('input', { id: id('date'), name: 'date', type: 'date', required: true });
  const reason = h('textarea', { id: id('reason'), name: 'reason', maxlength: String(ctx.noteMaxLength) });
  const reasonField = fieldWhenChosen(status, 'ditolak', 'Alasan penolakan', reason, 'Tersimpan terenkripsi.');
  const form = h('form', null, [field('Langkah berikutnya', status.element), field('Tanggal jawaban mitra', date), reasonField, h('button', { type: 'submit', text: 'Simpan langkah' })]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { status: status.value(), date: date.value, ...(status.value() === 'ditolak' ? { reason: reason.value } : {}) };
    void actions.change(
      (expectedVersion) => ctx.api.referralStep(caseId, referral.referralId, { ...body, expectedVersion }),
      `Rujukan ke ${referral.partner.name}: ${ctx.labels.text('referralStatus', body.status)}.`,
    );
  });
  return form;
}

function referForm(ctx: ViewContext, caseId: string, actions: CaseActions): HTMLFormElement {
  // Once per form: a retry or a double click records one referral (and opens one case in another regency).
  const submissionId = crypto.randomUUID();
  const partner = h('select', { id: 'referral-partner', name: 'partnerId', required: true }, [h('option', { value: '', text: 'Memuat mitra…' })]);
  void ctx.api.partners().then(
    ({ partners }) => partner.replaceChildren(h('option', { value: '', text: 'Pilih mitra' }), ...partners.filter((p) => p.active).map((p) => partnerOption(ctx, p))),
    (error: unknown) => ctx.frame.fail(error),
  );
  const purpose = h('textarea', { id: 'referral-purpose', name: 'purpose', required: true, maxlength: String(ctx.noteMaxLength) });
  const share = h('input', { type: 'checkbox', id: 'referral-share', name: 'shareDetails' });
  const consentGiven = h('input', { type: 'checkbox', id: 'referral-consent', name: 'consentGiven' });
  const consentBy = choice('referral-consent-by', 'consentBy', ctx.labels.options('consentBy'));
  const consentAt = h('input', { type: 'datetime-local', id: 'referral-consent-at', name: 'consentAt', value: localNow() });
  const override = h('textarea', { id: 'referral-override', name: 'override', maxlength: '1000' });
  const supervisor = ctx.session.staff.role === 'supervisor';
  const consentGroup = h('fieldset', null, [
    h('legend', { text: 'Persetujuan berbagi data' }),
    h('label', { class: 'check', for: 'referral-consent' }, [consentGiven, 'Persetujuan sudah diberikan']),
    field('Persetujuan dari', consentBy.element, 'Untuk korban anak: persetujuan wali.'),
    field('Waktu persetujuan', consentAt),
    supervisor ? field('Atau: alasan merujuk tanpa persetujuan (supervisor)', override, 'Tercatat di log audit; tersimpan terenkripsi.') : null,
  ]);
  const showConsent = () => {
    consentGroup.hidden = !share.checked;
  };
  share.addEventListener('change', showConsent);
  showConsent();
  const form = h('form', null, [
    h('h3', { text: 'Rujuk kasus' }),
    field('Mitra', partner),
    field('Tujuan rujukan', purpose, 'Tersimpan terenkripsi.'),
    h('label', { class: 'check', for: 'referral-share' }, [share, 'Bagikan data korban (kronologi, korban, tempat)']),
    consentGroup,
    h('button', { type: 'submit', text: 'Kirim rujukan' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const consent = share.checked && consentGiven.checked ? { given: true, by: consentBy.value(), recordedAt: new Date(consentAt.value).toISOString() } : undefined;
    const reason = share.checked && !consent && override.value.trim() ? { override: { reason: override.value } } : {};
    const body = { partnerId: partner.value, purpose: purpose.value, shareDetails: share.checked, submissionId, ...(consent ? { consent } : {}), ...reason };
    void actions.change((expectedVersion) => ctx.api.refer(caseId, { ...body, expectedVersion }), 'Rujukan tercatat.');
  });
  return form;
}

function partnerOption(ctx: ViewContext, partner: Partner): HTMLOptionElement {
  return h('option', { value: partner.partnerId, text: `${partner.name} (${ctx.labels.text('partnerKind', partner.kind)})` });
}

/** Now as a `datetime-local` value in the browser's time zone. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
