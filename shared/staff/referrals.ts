/**
 * Referrals of a case to a partner organisation, consent first (the Primero rule): a referral that shares
 * the victim's details needs the recorded consent of the victim (a guardian's for a child); only a
 * supervisor may let one through without it, with a written reason that is sealed on the timeline and
 * audited. A referral then goes dirujuk → diterima → selesai, or dirujuk → ditolak with a reason.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { AppError } from '../errors.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { PartnerKind } from './partners.js';
import { NEXT_REFERRAL_STATUS, REFERRAL_STATUSES } from './referral-steps.js';

export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export function isAllowedReferralStep(from: ReferralStatus, to: ReferralStatus): boolean {
  return NEXT_REFERRAL_STATUS[from].some((next) => next === to);
}

export const Consent = z.object({
  given: z.boolean(),
  by: z.enum(['victim', 'guardian']),
  /** When the victim (or guardian) said it, as staff recorded it. */
  recordedAt: z.iso.datetime({ offset: true }),
});
export type Consent = z.infer<typeof Consent>;

/** A referral as the case's projection keeps it (plaintext: organisations, statuses and dates only). */
export interface ReferralState {
  readonly referralId: string;
  readonly partner: { readonly partnerId: string; readonly kind: PartnerKind; readonly name: string };
  readonly status: ReferralStatus;
  readonly referredAt: string;
  /** The regency's day of the latest step. */
  readonly statusDate: string;
  readonly shareDetails: boolean;
  /** A supervisor let it through without consent. */
  readonly overridden: boolean;
  /** A referral to another regency's UPTD: the case it opened there (its reference only). */
  readonly linkedCase?: { readonly tenantId: string; readonly reference: string };
}

/** What a referral seals: its purpose and, for an override, the supervisor's reason. */
export interface ReferralDetails {
  readonly purpose: string;
  readonly overrideReason?: string;
}

/** The timeline entries of referrals (sealed parts: purpose, override and refusal reasons). */
export type ReferralEntry =
  | {
      readonly kind: 'referral';
      readonly referralId: string;
      readonly partner: ReferralState['partner'];
      readonly shareDetails: boolean;
      readonly consent?: Consent;
      readonly overridden: boolean;
      readonly linkedCase?: ReferralState['linkedCase'];
      /** A referral to the police that met the TPKS clock of a sexual-violence case. */
      readonly policeDeadlineMet?: true;
      readonly details: SealedEnvelope;
    }
  | {
      readonly kind: 'referralStatus';
      readonly referralId: string;
      readonly from: ReferralStatus;
      readonly to: ReferralStatus;
      readonly date: string;
      /** Sealed (purpose `note`): why the partner refused it. */
      readonly reason?: SealedEnvelope;
    };

export class ConsentRequiredError extends AppError {
  constructor(child: boolean) {
    super(422, 'CONSENT_REQUIRED', {
      id: child
        ? 'Rujukan yang membagikan data korban anak memerlukan persetujuan wali yang tercatat.'
        : 'Rujukan yang membagikan data korban memerlukan persetujuan korban yang tercatat.',
      en: child
        ? "A referral sharing a child victim's details needs the guardian's recorded consent."
        : "A referral sharing the victim's details needs the victim's recorded consent.",
    });
  }
}

export class ReferralNotFoundError extends AppError {
  constructor() {
    super(404, 'REFERRAL_NOT_FOUND', { id: 'Rujukan tidak ditemukan.', en: 'Referral not found.' });
  }
}

export class InvalidReferralStepError extends AppError {
  constructor(from: ReferralStatus, to: ReferralStatus) {
    super(409, 'INVALID_REFERRAL_STEP', {
      id: `Rujukan berstatus ${from} tidak dapat langsung menjadi ${to}.`,
      en: `A referral that is ${from} cannot become ${to} directly.`,
    });
  }
}

/** Whether the consent recorded lets the victim's details be shared: the victim's own, or a guardian's for a child. */
export function consentAllowsSharing(consent: Consent | undefined, child: boolean): boolean {
  return consent?.given === true && (!child || consent.by === 'guardian');
}

/**
 * The id of a referral the console submitted once per form: derived, not drawn, so a retry names the same
 * referral (and, for another regency, the same case there) instead of making a second one.
 */
export function submittedReferralId(tenantId: string, caseId: string, submissionId: string): string {
  return createHash('sha256').update(`${tenantId}\n${caseId}\n${submissionId}`).digest('base64url').slice(0, 26);
}
