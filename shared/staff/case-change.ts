/**
 * One change of a case as its history records it: the timeline entry, and the fields of the case's
 * projection (what lists, numbers, exports and the schedules read) it sets or removes, all written together
 * or not at all. Later work on cases adds an entry kind (timeline.ts) and, where lists or schedules need
 * it, a field here; the store applies fields as data and knows nothing of the kinds.
 */
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { ClosingReason } from '../domain/case-path.js';
import type { CaseStatus, Category, Service, Urgency } from '../domain/vocabulary.js';
import type { PlanState, PoliceReferralOutcome } from './casework-clock.js';
import type { Classification, RecordedAssessment } from './classification.js';
import type { ReferralState } from './referrals.js';
import type { ServiceGiven } from './services-given.js';
import type { Assignee, ErasureOrder, LegalHoldState, StaffRef, TimelineEntry } from './timeline.js';
import type { RetentionWatch } from '../pdp/retention-watch.js';

/** The fields a change may set on a case's projection. */
export interface ProjectedFields {
  readonly status: CaseStatus;
  /** When the case first left `diterima`: what the one-day promise is measured by. */
  readonly assessedAt: string;
  readonly closedAt: string;
  readonly closingReason: ClosingReason;
  readonly assignee: Assignee;
  /** When the first assessment is due (moves when staff change the urgency). */
  readonly dueAt: string;
  /** When the response clock last started again (staff changed the urgency); absent: at the report. */
  readonly slaStartedAt: string;
  /** When the case's next SLA escalation is due: its place in the `awaitingAssessment` schedule. */
  readonly slaWatch: string;
  /** The reporter gave who they are after an anonymous emergency report (WhatsApp). */
  readonly anonymous: boolean;
  /** Sealed (purpose `identity`): only the audited reveal opens it. */
  readonly identity: SealedEnvelope;
  /** The version of the reporter's newest addendum, where their latest answers are. */
  readonly lastAddendumVersion: number;
  /** Staff corrected the classification (classification.ts): lists, numbers and the CSV read these. */
  readonly service: Service;
  readonly category: Category;
  readonly categories: readonly Category[];
  readonly urgency: Urgency;
  readonly kecamatan: string;
  /** What intake filed, kept at the first correction: triage's own verdict stays visible. */
  readonly triage: Classification;
  /** The latest assessment in SIMFONI-PPA's codes (no words: its note is sealed on the timeline). */
  readonly assessment: RecordedAssessment;
  /** A responder asked to close the case; it waits for a supervisor (shared/staff/case-closing.ts). */
  readonly closeRequest: CloseRequest;
  /** Set while the case is open: its place in the open-cases index the default list reads. */
  readonly openCase: true;
  /** The first "Saya tangani" (shared/oncall): the acknowledgement chain stops. */
  readonly acknowledgedAt: string;
  /** The kinds of service given so far (plaintext: the numbers count them). */
  readonly servicesGiven: readonly ServiceGiven[];
  /** The case's referrals and where each stands (organisations and dates only). */
  readonly referrals: readonly ReferralState[];
  /** How the TPKS police-referral clock ended (a sexual-violence case). */
  readonly policeReferral: PoliceReferralOutcome;
  readonly plan: PlanState;
  /** When the case's next case-work reminder is due: its place in the `caseworkDeadlines` schedule. */
  readonly caseworkWatch: string;
  /** Where a closed case stands in the retention schedule; absent while it is open or held. */
  readonly retentionWatch: RetentionWatch;
  /** A supervisor holds the case (court, police): nothing of it is destroyed until released. */
  readonly legalHold: LegalHoldState;
  /** When the retention job destroyed the case's personal data (its tombstone is on the timeline). */
  readonly personalDataDestroyedAt: string;
  /** A supervisor granted a data subject's erasure: the retention job destroys the personal data on its next run. */
  readonly erasure: ErasureOrder;
}

/** A pending request to close a case: who asked, when, and the closing reason they chose. */
export interface CloseRequest {
  readonly at: string;
  readonly by: StaffRef;
  readonly closingReason: ClosingReason;
}

export type ProjectedField = keyof ProjectedFields;

/** What a change does, whoever writes it. */
export interface CaseChangeContent {
  readonly entry: TimelineEntry;
  readonly set?: Partial<ProjectedFields>;
  readonly remove?: readonly ProjectedField[];
}

export interface CaseChange extends CaseChangeContent {
  readonly tenantId: string;
  readonly caseId: string;
  /** The case version the writer read (through `findCase`): the change becomes the next one. */
  readonly expectedVersion: number;
  /** Given by writers that retry on their own (a WhatsApp delivery): the same key is recorded once. */
  readonly changeKey?: string;
}

export type CaseChangeResult =
  | {
      readonly saved: true;
      readonly version: number;
      /**
       * Set when the change is saved but the projection could not be brought up to date (the error's name):
       * lists show the case as it was until its next reader or writer catches it up.
       */
      readonly projectionLag?: string;
    }
  /** Another change took that version first: the caller looks at the case again. */
  | { readonly saved: false; readonly reason: 'stale' };

/** One recorded change, as the timeline reads it back. */
export interface RecordedChange {
  readonly version: number;
  readonly entry: TimelineEntry;
}
