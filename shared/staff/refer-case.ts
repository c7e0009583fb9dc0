/**
 * Referring a case to a partner organisation, and the partner's answer. Consent is checked before anything
 * is sealed or written; a supervisor's override is audited before the referral is recorded.
 */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { AppError, InvalidInputError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { NOTE_MAX_LENGTH } from './add-case-note.js';
import { CaseDate } from './case-filter.js';
import { isSexualViolence, type PoliceReferralOutcome } from './casework-clock.js';
import { caseworkWatchAfter } from './casework-watch.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import { localDateOf } from './local-dates.js';
import { type PartnerDependencies, PartnerNotFoundError } from './partners.js';
import type { StaffCase, StaffDependencies } from './ports.js';
import {
  Consent,
  ConsentRequiredError,
  consentAllowsSharing,
  InvalidReferralStepError,
  isAllowedReferralStep,
  type ReferralDetails,
  ReferralNotFoundError,
  type ReferralState,
  ReferralStatus,
  submittedReferralId,
} from './referrals.js';
import { openCaseInRegency, type RegencyReferralDependencies } from './refer-to-regency.js';

export const ReferralRequest = z.object({
  partnerId: z.string().min(1).max(40),
  /** Why the case is referred, in the staff's words (may name the victim: sealed). */
  purpose: z.string().trim().min(1).max(NOTE_MAX_LENGTH),
  /** Whether the partner receives the victim's details (identity, what happened), not only the referral. */
  shareDetails: z.boolean(),
  consent: Consent.optional(),
  /** A supervisor's written reason to refer with details but without consent. */
  override: z.object({ reason: z.string().trim().min(1).max(1000) }).optional(),
  expectedVersion: ExpectedVersion,
  /** Made by the console once per form: a retry names the same referral. Required for another regency's UPTD. */
  submissionId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8–64 letters, digits, - or _').optional(),
});

export const ReferralStepRequest = z
  .object({
    status: ReferralStatus.exclude(['dirujuk']),
    /** The regency's day the partner answered. */
    date: CaseDate,
    reason: z.string().trim().min(1).max(NOTE_MAX_LENGTH).optional(),
    expectedVersion: ExpectedVersion,
  })
  .refine((step) => (step.status === 'ditolak') === (step.reason !== undefined), {
    message: 'a reason is given exactly when the partner refused the referral (ditolak)',
    path: ['reason'],
  });

export type ReferralDependencies = Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'> & PartnerDependencies & RegencyReferralDependencies;

export interface ReferralResult {
  readonly caseId: string;
  readonly referral: ReferralState;
  readonly version: number;
}

export async function referCase(
  deps: ReferralDependencies,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<ReferralResult> {
  const request = parseOrThrow(ReferralRequest, input);
  if (request.override) requireSupervisor(session.staff);
  const tenantId = session.tenant.id;
  const current = await loadCase(deps.cases, session, caseId);
  const referralId = request.submissionId ? submittedReferralId(tenantId, current.caseId, request.submissionId) : deps.ids.newId();
  const recorded = current.referrals?.find((referral) => referral.referralId === referralId);
  if (recorded) return { caseId: current.caseId, referral: recorded, version: current.version };
  requireVersion(current, request.expectedVersion);
  const partner = await deps.partners.findPartner(tenantId, request.partnerId);
  if (!partner?.active) throw new PartnerNotFoundError();
  if (partner.kind === 'uptd_lain' && !request.submissionId) throw new SubmissionIdRequiredError();
  const child = request.shareDetails ? await isChildVictim(deps, current) : false;
  const consented = !request.shareDetails || consentAllowsSharing(request.consent, child);
  if (!consented && !request.override) throw new ConsentRequiredError(child);
  const overridden = !consented;

  const now = deps.clock.now();
  const at = now.toISOString();
  const by = staffRef(session.staff);
  // Audited before it takes effect, like an identity reveal.
  if (overridden) {
    await deps.partners.recordAudit({ tenantId, auditId: deps.ids.newId(), at, by, action: 'consent-override', caseId: current.caseId, referralId });
  }
  const sealed: ReferralDetails = { purpose: request.purpose, ...(overridden ? { overrideReason: request.override?.reason } : {}) };
  const details = await deps.vault.seal({ tenant: tenantId, caseId: current.caseId, purpose: 'note' }, sealed);
  const partnerRef = { partnerId: partner.partnerId, kind: partner.kind, name: partner.name };
  const linkedCase =
    partner.kind === 'uptd_lain'
      ? await openCaseInRegency(deps, session, { source: current, partner, referralId, purpose: request.purpose, shareDetails: request.shareDetails })
      : undefined;
  const referral: ReferralState = {
    referralId,
    partner: partnerRef,
    status: 'dirujuk',
    referredAt: at,
    statusDate: localDateOf(now, session.tenant.timeZone),
    shareDetails: request.shareDetails,
    overridden,
    ...(linkedCase ? { linkedCase } : {}),
  };
  const meetsPoliceDeadline = partner.kind === 'polisi_ppa' && isSexualViolence(current) && !current.policeReferral;
  const policeReferral: PoliceReferralOutcome | undefined = meetsPoliceDeadline ? { outcome: 'met', at } : undefined;
  const watch = meetsPoliceDeadline ? caseworkWatchAfter(current, { policeReferral }) : {};
  const version = await saveCaseChange(deps, {
    tenantId,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: {
      kind: 'referral',
      at,
      by,
      referralId,
      partner: partnerRef,
      shareDetails: request.shareDetails,
      consent: request.consent,
      overridden,
      ...(linkedCase ? { linkedCase } : {}),
      ...(meetsPoliceDeadline ? { policeDeadlineMet: true } : {}),
      details,
    },
    set: { referrals: [...(current.referrals ?? []), referral], ...(policeReferral ? { policeReferral } : {}), ...watch.set },
    remove: watch.remove,
  });
  deps.logger.info('case referred', { tenant: tenantId, caseId: current.caseId, referralId, partnerKind: partner.kind, overridden, version });
  return { caseId: current.caseId, referral, version };
}

export async function changeReferralStatus(
  deps: Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  referralId: string | undefined,
  input: unknown,
): Promise<ReferralResult> {
  const request = parseOrThrow(ReferralStepRequest, input);
  const now = deps.clock.now();
  const today = localDateOf(now, session.tenant.timeZone);
  if (request.date > today) {
    throw new InvalidInputError([
      { field: 'date', issue: 'the date is after today', message: { id: 'tanggal tidak boleh setelah hari ini', en: 'the date cannot be after today' } },
    ]);
  }
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  const referrals = current.referrals ?? [];
  const index = referrals.findIndex((referral) => referral.referralId === referralId);
  const referral = referrals[index];
  if (!referral) throw new ReferralNotFoundError();
  if (!isAllowedReferralStep(referral.status, request.status)) throw new InvalidReferralStepError(referral.status, request.status);

  const reason =
    request.reason === undefined
      ? undefined
      : await deps.vault.seal({ tenant: session.tenant.id, caseId: current.caseId, purpose: 'note' }, { text: request.reason });
  const updated: ReferralState = { ...referral, status: request.status, statusDate: request.date };
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: {
      kind: 'referralStatus',
      at: now.toISOString(),
      by: staffRef(session.staff),
      referralId: referral.referralId,
      from: referral.status,
      to: request.status,
      date: request.date,
      reason,
    },
    set: { referrals: referrals.with(index, updated) },
  });
  deps.logger.info('referral status changed', { tenant: session.tenant.id, caseId: current.caseId, to: request.status, version });
  return { caseId: current.caseId, referral: updated, version };
}

/** A child victim's details are shared only with a guardian's consent (the age group is in the sealed details). */
async function isChildVictim(deps: Pick<StaffDependencies, 'vault'>, record: StaffCase): Promise<boolean> {
  // Destroyed by retention: nothing says the victim is an adult, so the stricter rule holds.
  if (!record.details) return true;
  const details = await deps.vault.open<{ victim?: { ageGroup?: string } }>(
    { tenant: record.tenantId, caseId: record.caseId, purpose: 'details' },
    record.details,
  );
  return details.victim?.ageGroup?.startsWith('anak_') === true;
}

export class SubmissionIdRequiredError extends AppError {
  constructor() {
    super(400, 'SUBMISSION_ID_REQUIRED', {
      id: 'Rujukan ke UPTD PPA kabupaten lain memerlukan submissionId agar tidak tercatat dua kali.',
      en: "A referral to another regency's UPTD needs a submissionId so that a retry does not record it twice.",
    });
  }
}
