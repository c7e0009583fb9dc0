/**
 * The one intake use case every channel calls: validate, claim idempotently, triage, number, seal,
 * store with one conditional put, then alert. A reporter who got a receipt has a stored case.
 */
import { hashTrackingCode, generateTrackingCode } from '../crypto/tracking-code.js';
import {
  intakeClaimKey,
  type IntakeReceiptKeyInput,
  openReceipt,
  sealReceipt,
  submissionFingerprint,
} from '../crypto/intake-receipt.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { MediaReference } from '../media/media-store.js';
import type { AbuseControls } from '../abuse/ports.js';
import { formatReference, yearInTimeZone } from '../domain/reference.js';
import { startResponseClock } from '../domain/response-clock.js';
import { acknowledgeWindow } from '../oncall/acknowledge-chain.js';
import { triageReport } from '../domain/triage.js';
import type { CaseStatus, Urgency } from '../domain/vocabulary.js';
import { IdempotencyConflictError, InvalidInputError, ServiceUnavailableError } from '../errors.js';
import type { Tenant } from '../tenancy/tenant.js';
import { parseOrThrow } from '../validation.js';
import type { AlertPublisher, AppLogger, CaseRecord, CaseStore, Clock, FiledCase, IdGenerator, IntakeClaim, ReferralOrigin } from './ports.js';
import { ReportSubmission } from './report-submission.js';
import { publishNewCaseAlert } from './publish-case-alert.js';
import { reserveFirstAttempt } from '../alerts/outbox-schedule.js';
import type { StaffRef } from '../staff/timeline.js';
import { reporterRoleFor } from './reporter-role.js';

export interface IntakeDependencies {
  readonly cases: CaseStore;
  readonly vault: IdentityVault;
  readonly alerts: AlertPublisher;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: AppLogger;
  /** Abuse limits: the channels count senders before intake, and `checkReportStatus` locks out guessed codes. */
  readonly abuse: AbuseControls;
}

/** What `submitReport` itself uses: the abuse limits are the channels' business, before intake. */
export type SubmitReportDependencies = Omit<IntakeDependencies, 'abuse'>;

/** What only the calling code knows, never the submitted body: who on the office's side entered the report. */
export interface IntakeOrigin {
  /** The staff member who took a walk-in report down, from their verified token. */
  readonly enteredBy?: StaffRef;
  /**
   * Files the channel already stored encrypted (WhatsApp photos, voice notes), sealed with the narrative:
   * references only, never accepted from a request body.
   */
  readonly media?: readonly (MediaReference & { readonly kind: string })[];
  /**
   * The channel reference names a conversation (WhatsApp), which may grow after its case was filed: a later
   * attempt with other content answers with the filed case instead of a conflict.
   */
  readonly conversation?: true;
  /** Another regency's referral that this report is (channel `rujukan`): kept on the case as its link back. */
  readonly referredFrom?: ReferralOrigin;
}

export interface ReportReceipt {
  readonly caseId: string;
  readonly reference: string;
  /** Shown to the reporter once; not stored in plaintext anywhere. */
  readonly trackingCode: string;
  readonly status: CaseStatus;
  readonly urgency: Urgency;
  readonly dueAt: string;
  /** False when this call was a retry of an earlier accepted submission. */
  readonly created: boolean;
  /** A conversation's case filed from an earlier draft: what was added since is not in it. */
  readonly contentChanged?: true;
}

export async function submitReport(
  deps: SubmitReportDependencies,
  tenant: Tenant,
  input: unknown,
  origin: IntakeOrigin = {},
): Promise<ReportReceipt> {
  const submission = resolveKecamatan(tenant, parseOrThrow(ReportSubmission, input));
  const keyInput: IntakeReceiptKeyInput = {
    tenantId: tenant.id,
    channel: submission.channel,
    channelRef: submission.channelRef,
  };
  const fingerprint = submissionFingerprint(keyInput, JSON.stringify(submission));
  const { claim, fresh } = await claimSubmission(deps, tenant, keyInput, fingerprint);
  // A retry, or a concurrent first attempt: the case it filed, if any, answers (our own claim has none).
  const filed = fresh ? undefined : await deps.cases.findFiledCase(tenant.id, claim.caseId);
  const settled = await settleChangedContent(deps, claim, fingerprint, filed, origin);

  const trackingCode = openReceipt(keyInput, claim.receipt);
  const triage = triageReport({
    service: submission.service,
    category: submission.category,
    narrative: submission.narrative,
    immediateDanger: submission.immediateDanger,
    victimAgeGroup: submission.victim.ageGroup,
    urgency: submission.urgency,
  });
  // The tier's clock from the first claim, so a retry answers with the same due time.
  const { dueAt } = startResponseClock(tenant.responseHours, triage.urgency, claim.createdAt);
  const receipt = (stored: FiledCase, created: boolean): ReportReceipt => ({
    caseId: claim.caseId,
    reference: stored.reference,
    trackingCode,
    status: stored.status,
    urgency: triage.urgency,
    dueAt,
    created,
  });

  // A retry after the case was stored: answer as before without sealing (and paying KMS) again.
  if (filed) return { ...receipt(filed, false), ...settled };

  // Numbered only by the attempt that goes on to create the case: a crash before the case, or a lost race,
  // leaves a gap in the numbering, never a duplicate. The year is the claim's, in the regency's time zone.
  const year = yearInTimeZone(new Date(claim.createdAt), tenant.timeZone);
  const reference = formatReference(tenant.referencePrefix, year, await deps.cases.nextReferenceNumber(tenant.id, year));
  const context = { tenant: tenant.id, caseId: claim.caseId } as const;
  // Our own claim just made this case id: its key material cannot exist yet, so none is looked up.
  const sealOptions = fresh ? ({ newCase: true } as const) : {};
  const { reporter, volunteer, victimContact } = submission;
  const record: CaseRecord = {
    tenantId: tenant.id,
    caseId: claim.caseId,
    reference,
    channel: submission.channel,
    service: submission.service,
    category: triage.category,
    urgency: triage.urgency,
    triageSignals: triage.signals,
    status: 'diterima',
    reporterRole: submission.reporterRole ?? reporterRoleFor(submission.victim.relationToReporter),
    enteredBy: origin.enteredBy,
    referredFrom: origin.referredFrom,
    kecamatan: submission.location.kecamatan,
    language: submission.language,
    anonymous: reporter.anonymous,
    createdAt: claim.createdAt,
    updatedAt: claim.createdAt,
    dueAt,
    version: 1,
    trackingHash: hashTrackingCode(tenant.id, reference, trackingCode),
    details: await deps.vault.seal(
      { ...context, purpose: 'details' },
      {
        narrative: submission.narrative,
        ...(submission.speakerRoles ? { speakerRoles: submission.speakerRoles } : {}),
        locationDetail: submission.location.detail,
        occurred: submission.occurred,
        victim: submission.victim,
        immediateDanger: submission.immediateDanger,
        contactBack: submission.consent.contactBack,
        ...(origin.media?.length ? { media: origin.media } : {}),
      },
      sealOptions,
    ),
    identity: reporter.anonymous
      ? undefined
      : await deps.vault.seal(
          { ...context, purpose: 'identity' },
          { name: reporter.name, phone: reporter.phone, nik: reporter.nik, address: reporter.address, ...volunteer },
          sealOptions,
        ),
    // The victim's contact is not the reporter's identity: its own part, data key and purpose, so the
    // key policy and the audit can tell the two apart (a reporter may stay anonymous and still give it).
    victimContact: victimContact && (await deps.vault.seal({ ...context, purpose: 'victimContact' }, victimContact, sealOptions)),
    // The inline publish below is the first attempt; the sweeper takes over if it fails.
    alerts: { received: reserveFirstAttempt(deps.clock.now()) },
    ...acknowledgeWindow(tenant, triage.urgency),
  };

  const stored = await deps.cases.createCase(record);
  if (!stored.created) return receipt(stored, false);

  deps.logger.info('report accepted', {
    tenant: tenant.id,
    caseId: record.caseId,
    reference: record.reference,
    channel: record.channel,
    urgency: record.urgency,
  });
  await publishNewCaseAlert(deps, { ...record, alertsRevision: 0 });
  return receipt(stored, true);
}

/**
 * The same channel reference came back with other content. Its case stored: a conversation's case answers
 * (its draft grew after filing), any other channel is told the report was already received. Its case never
 * stored (the attempt failed after claiming): this attempt's content is the report, so none is lost.
 */
async function settleChangedContent(
  deps: SubmitReportDependencies,
  claim: IntakeClaim,
  fingerprint: string,
  filed: FiledCase | undefined,
  origin: IntakeOrigin,
): Promise<{ contentChanged?: true }> {
  if (claim.fingerprint === fingerprint) return {};
  if (filed) {
    if (origin.conversation) return { contentChanged: true };
    throw new IdempotencyConflictError(filed.reference);
  }
  // Lost to a concurrent attempt that changed the claim first: retryable, and the retry sees its outcome.
  if (!(await deps.cases.retakeIntakeClaim(claim, fingerprint))) throw new ServiceUnavailableError();
  return {};
}

/**
 * Claims the channel reference for a new case id straight away (no read first); a retry or a concurrent
 * attempt finds the earlier claim through the refused conditional put.
 */
async function claimSubmission(
  deps: SubmitReportDependencies,
  tenant: Tenant,
  keyInput: IntakeReceiptKeyInput,
  fingerprint: string,
): Promise<{ claim: IntakeClaim; fresh: boolean }> {
  const ours: IntakeClaim = {
    tenantId: tenant.id,
    claimKey: intakeClaimKey(keyInput),
    caseId: deps.ids.newId(),
    createdAt: deps.clock.now().toISOString(),
    fingerprint,
    receipt: sealReceipt(keyInput, generateTrackingCode()),
  };
  const winner = await deps.cases.claimIntake(ours);
  return { claim: winner, fresh: winner.caseId === ours.caseId };
}

/** The kecamatan must be one of the tenant's; spelling and case are forgiven. */
function resolveKecamatan(tenant: Tenant, submission: ReportSubmission): ReportSubmission {
  const typed = submission.location.kecamatan;
  if (typed === undefined) return submission;
  const wanted = typed.toLowerCase().replace(/^kec(amatan)?\.?\s+/, '').replace(/\s+/g, ' ');
  const match = tenant.kecamatan.find((name) => name.toLowerCase() === wanted);
  if (!match) {
    const message = {
      id: `bukan kecamatan di ${tenant.displayName}`,
      en: `not a kecamatan of ${tenant.displayName}`,
    };
    throw new InvalidInputError([{ field: 'location.kecamatan', issue: message.en, message }]);
  }
  return { ...submission, location: { ...submission.location, kecamatan: match } };
}
