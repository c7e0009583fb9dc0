/** What the staff use cases need from the outside world. Adapters: shared/store/dynamo-staff-*.ts, dynamo-case-history.ts. */
import type { AlertOutbox, CaseAlerts } from '../alerts/ports.js';
import type { ClosingReason } from '../domain/case-path.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { AppLogger, CaseRecord, Clock, IdGenerator } from '../intake/ports.js';
import type { CaseStatus, Category, Channel, Urgency } from '../domain/vocabulary.js';
import type { CaseChange, CaseChangeResult, CloseRequest, RecordedChange } from './case-change.js';
import type { Classification, RecordedAssessment } from './classification.js';
import type { Assignee, LegalHoldState, StaffRef, TimelineEntry } from './timeline.js';
import type { ReporterRole } from '../intake/reporter-role.js';
import type { PlanState, PoliceReferralOutcome } from './casework-clock.js';
import type { ReferralState } from './referrals.js';
import type { ServiceGiven } from './services-given.js';
import type { RevealReasonKind } from './reveal-policy.js';
import type { RevealGrantLedger, RevealRequestStore } from './reveal-request-ports.js';

/** The plaintext routing fields of a case plus what staff have decided: enough to list, count and export. */
export interface CaseSummary
  extends Pick<
    CaseRecord,
    | 'tenantId'
    | 'caseId'
    | 'reference'
    | 'channel'
    | 'service'
    | 'category'
    | 'urgency'
    | 'status'
    | 'kecamatan'
    | 'createdAt'
    | 'updatedAt'
    | 'dueAt'
    | 'version'
    | 'anonymous'
    | 'enteredBy'
  > {
  /** Absent on cases stored before reporter roles were recorded. */
  readonly reporterRole?: ReporterRole;
  /** When the case first left `diterima`: what the one-day promise is measured by. */
  readonly assessedAt?: string;
  readonly closedAt?: string;
  readonly closingReason?: ClosingReason;
  readonly assignee?: Assignee;
  /** Every kind of violence, main one (`category`) first; absent until staff corrected it (classification.ts). */
  readonly categories?: readonly Category[];
  /** What intake filed, once staff corrected the classification. */
  readonly triage?: Classification;
  readonly assessment?: RecordedAssessment;
  /** A responder's request to close, waiting for a supervisor. */
  readonly closeRequest?: CloseRequest;
  /** The first "Saya tangani" (shared/oncall). */
  readonly acknowledgedAt?: string;
  /** The kinds of service given so far, in the order first given. */
  readonly servicesGiven?: readonly ServiceGiven[];
  /** The next step's day (its text is sealed on the timeline). */
  readonly plan?: PlanState;
  /** Held by a supervisor (court, police): retention destroys nothing of it. */
  readonly legalHold?: LegalHoldState;
  /** When the retention job destroyed its personal data. */
  readonly personalDataDestroyedAt?: string;
}

/** A case as the staff API reads it: no identity part (only the reveal function reads that). */
export interface StaffCase extends CaseSummary, Pick<CaseRecord, 'language' | 'triageSignals'> {
  /** Absent once the retention job destroyed the personal data. */
  readonly details?: SealedEnvelope;
  /**
   * Entries that earlier versions of the product kept on the case item itself (old local data), oldest
   * first: they come before every recorded change. Empty for cases of this version.
   */
  readonly earlierEntries: readonly TimelineEntry[];
  readonly alerts: CaseAlerts;
  /** An on-behalf reporter gave the victim's contact (sealed; only the reveal function opens it). */
  readonly hasVictimContact: boolean;
  /** The version of the reporter's newest addendum (where their latest answers are), if it has one. */
  readonly lastAddendumVersion?: number;
  /** The case's referrals (shared/staff/referrals.ts). */
  readonly referrals?: readonly ReferralState[];
  readonly policeReferral?: PoliceReferralOutcome;
  /** Another regency referred this case here (shared/staff/refer-to-regency.ts). */
  readonly referredFrom?: CaseRecord['referredFrom'];
}

export interface CaseFilter {
  readonly statuses?: readonly CaseStatus[];
  readonly urgencies?: readonly Urgency[];
  readonly categories?: readonly Category[];
  readonly channels?: readonly Channel[];
  readonly kecamatan?: string;
  /** createdAt >= this instant (ISO). */
  readonly createdFrom?: string;
  /** createdAt < this instant (ISO). */
  readonly createdBefore?: string;
  readonly assigneeId?: string;
  /** Only cases nobody has taken. */
  readonly unassigned?: boolean;
  /** Only cases whose close request waits for a supervisor. */
  readonly closeRequested?: boolean;
  /** The plan's day is before this regency date (`YYYY-MM-DD`): overdue follow-ups. */
  readonly followUpBefore?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Where the next page starts (a sort key value), when there may be more. */
  readonly resumeAfter?: string;
}

export interface ReportingYear {
  readonly year: number;
  readonly caseTotal?: number;
}

/** Instants (ISO), `from` included, `before` not. */
export interface TimeSpan {
  readonly from: string;
  readonly before: string;
}

export interface StaffCaseStore {
  /** Newest first. */
  listCases(tenantId: string, filter: CaseFilter, limit: number, resumeAfter?: string): Promise<Page<CaseSummary>>;
  /** Every open case of the tenant that matches (the office's caseload, from a sparse index: never its closed years). */
  listOpenCases(tenantId: string, filter: CaseFilter): Promise<CaseSummary[]>;
  /** The case with exactly this reference in the tenant, if any. */
  findCaseByReference(tenantId: string, reference: string): Promise<CaseSummary | undefined>;
  /** One case, caught up with its history first (a projection a crash left behind is repaired here). */
  findCase(tenantId: string, caseId: string): Promise<StaffCase | undefined>;
  /** Every case of the tenant, routing fields only (the CSV of all years). */
  listAllSummaries(tenantId: string): Promise<CaseSummary[]>;
  /** The cases reported in [from, before) (ISO instants), routing fields only: reads that span alone. */
  listSummariesCreatedBetween(tenantId: string, span: TimeSpan): Promise<CaseSummary[]>;
  /** How many cases were reported in [from, before), without reading them out. */
  countCasesCreatedBetween(tenantId: string, span: TimeSpan): Promise<number>;
  /** The regency-local years in which the tenant numbered a report, with the case total once recorded. */
  listReportingYears(tenantId: string): Promise<ReportingYear[]>;
  /** Keeps a finished year's case total, so that no later request counts that year again. */
  recordYearTotal(tenantId: string, year: number, caseTotal: number): Promise<void>;
  /**
   * Records the change as the case's next version (the history decides: a version another change took is
   * `stale`), then brings the projection up to date.
   */
  saveChange(change: CaseChange): Promise<CaseChangeResult>;
  /** Up to `limit` recorded changes before `beforeVersion` (from the newest when absent), newest first. */
  listChanges(
    tenantId: string,
    caseId: string,
    limit: number,
    beforeVersion?: number,
  ): Promise<{ readonly changes: readonly RecordedChange[]; readonly more: boolean }>;
  findChange(tenantId: string, caseId: string, version: number): Promise<RecordedChange | undefined>;
}

/** The part of the timeline a page covers: `from` inclusive, `until` exclusive; absent = unbounded. */
export interface TimeWindow {
  readonly from?: string;
  readonly until?: string;
}

/** Who opened a reporter's identity, when and why. Written before the identity is decrypted. */
export interface RevealAuditEntry {
  readonly auditId: string;
  readonly tenantId: string;
  readonly caseId: string;
  readonly reference: string;
  readonly at: string;
  readonly by: StaffRef;
  /** Absent on records written before reasons had kinds (their plaintext reason is never read back). */
  readonly reasonKind?: RevealReasonKind;
  /** The staff member's words, sealed (purpose `note`); written, never listed. */
  readonly sealedReason?: SealedEnvelope;
  /** The approved request the reveal used (approval mode). */
  readonly requestId?: string;
}

export interface RevealAuditLog {
  /** Conditional put: an audit record is never overwritten. */
  recordReveal(entry: RevealAuditEntry): Promise<void>;
  /** Newest first. */
  listReveals(tenantId: string, limit: number, resumeAfter?: string): Promise<Page<RevealAuditEntry>>;
  /** The reveals of one case within a window of its timeline. */
  listRevealsOfCase(tenantId: string, caseId: string, window: TimeWindow): Promise<RevealAuditEntry[]>;
}

/** The sealed identity of a case, for the reveal function only. */
export interface SealedIdentity {
  readonly caseId: string;
  readonly reference: string;
  readonly anonymous: boolean;
  readonly identity?: SealedEnvelope;
  readonly victimContact?: SealedEnvelope;
}

export interface SealedIdentityStore {
  findSealedIdentity(tenantId: string, caseId: string): Promise<SealedIdentity | undefined>;
}

export interface StaffDependencies {
  readonly cases: StaffCaseStore;
  readonly reveals: Pick<RevealAuditLog, 'listReveals' | 'listRevealsOfCase'>;
  /** Reveal requests (approval mode): on the case's timeline, and decided by supervisors. */
  readonly revealRequests: RevealRequestStore;
  /** To drop escalations that became moot when a case was assessed. */
  readonly outbox: Pick<AlertOutbox, 'findOutboxCase' | 'saveAlerts'>;
  readonly vault: IdentityVault;
  readonly clock: Clock;
  readonly logger: AppLogger;
}

export interface RevealDependencies {
  readonly identities: SealedIdentityStore;
  readonly audit: Pick<RevealAuditLog, 'recordReveal'>;
  /** Approved reveal requests, each used once (approval mode). */
  readonly grants: RevealGrantLedger;
  readonly vault: IdentityVault;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: AppLogger;
}
