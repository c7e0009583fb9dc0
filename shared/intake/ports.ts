/** What `submitReport` needs from the outside world. Adapters live in shared/store, shared/alerts, local/. */
import type { OutboxCase } from '../alerts/ports.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { CaseStatus, Category, Channel, Language, Service, Urgency } from '../domain/vocabulary.js';
import type { TriageSignal } from '../domain/triage.js';
import type { StaffRef } from '../staff/timeline.js';
import type { ReporterRole } from './reporter-role.js';

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  newId(): string;
}

export interface AppLogger {
  debug(message: string, attributes?: Record<string, unknown>): void;
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}

/**
 * `received` on intake; `overdue` at dueAt and `overdueSupervisor` at twice the tier's time while still not
 * assessed (shared/domain/response-clock.ts); `assigned` to the person a case was assigned to (its link only).
 */
export type AlertEvent = 'received' | 'overdue' | 'overdueSupervisor' | ChainEvent | CaseworkAlertEvent | 'assigned';

/**
 * The acknowledgement chain (shared/oncall): a DARURAT or TINGGI case nobody acknowledged within the
 * regency's window goes to the second person on call, and after another window to the supervisors.
 */
export type ChainEvent = 'chainSecond' | 'chainSupervisors';

/** Case-work reminders (shared/alerts/casework-reminders.ts): the TPKS police-referral clock and follow-ups. */
export type CaseworkAlertEvent = 'tpksDue' | 'tpksDueSupervisor' | 'followUpDue';

/**
 * First claim on a (tenant, channel, channel reference): decides the case id, time and tracking code once.
 * The reference is not here: it is numbered by the attempt that creates the case and lives on the case
 * (claims written before that change still carry one; it is ignored).
 */
export interface IntakeClaim {
  readonly tenantId: string;
  readonly claimKey: string;
  readonly caseId: string;
  readonly createdAt: string;
  /** Keyed digest of the submission, to refuse a reused key with different content. */
  readonly fingerprint: string;
  /** The tracking code, encrypted under a key only the submitting channel can derive. */
  readonly receipt: { readonly iv: Uint8Array; readonly ct: Uint8Array; readonly tag: Uint8Array };
}

export interface AlertOutboxEntry {
  /** `cancelled`: an escalation that became moot because the case was assessed before it went out. */
  readonly state: 'pending' | 'sent' | 'cancelled';
  /** Attempts reserved so far (the first by whoever enqueued the alert). */
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly sentAt?: string;
  readonly cancelledAt?: string;
}

/** A stored case: routing fields in plaintext, everything personal sealed. */
export interface CaseRecord {
  readonly tenantId: string;
  readonly caseId: string;
  readonly reference: string;
  readonly channel: Channel;
  readonly service: Service;
  readonly category: Category;
  readonly urgency: Urgency;
  readonly triageSignals: readonly TriageSignal[];
  readonly status: CaseStatus;
  /** Who reported (victim, family, witness, volunteer, staff): routing, names no one. */
  readonly reporterRole: ReporterRole;
  /** The staff member who entered a walk-in report (staff data, not the reporter's). */
  readonly enteredBy?: StaffRef;
  readonly kecamatan?: string;
  readonly language: Language;
  readonly anonymous: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The first assessment is due: the urgency tier's hours after the SLA clock started. */
  readonly dueAt: string;
  /** When staff changed the urgency, the SLA clock runs again from then; absent: from `createdAt`. */
  readonly slaStartedAt?: string;
  readonly version: number;
  readonly trackingHash: string;
  readonly details: SealedEnvelope;
  readonly identity?: SealedEnvelope;
  /** How to reach the victim, from an on-behalf reporter: sealed apart from the reporter's identity. */
  readonly victimContact?: SealedEnvelope;
  readonly alerts: Readonly<Partial<Record<AlertEvent, AlertOutboxEntry>>>;
  /** DARURAT / TINGGI: minutes the person on call has to acknowledge before the chain moves on. */
  readonly acknowledgeWithinMinutes?: number;
  /** A case that another regency referred here: where it came from (never the source case's id). */
  readonly referredFrom?: ReferralOrigin;
}

/** The link back of a cross-regency referral: the referring regency and its referral's id. */
export interface ReferralOrigin {
  readonly tenantId: string;
  readonly regency: string;
  readonly referralId: string;
}

export interface CaseStatusView {
  readonly caseId: string;
  readonly reference: string;
  readonly status: CaseStatus;
  readonly updatedAt: string;
  readonly trackingHash: string;
}

/** What a retry of a filed report answers with: the stored case's reference and where it stands. */
export interface FiledCase {
  readonly reference: string;
  readonly status: CaseStatus;
}

export interface CaseStore {
  /** Writes the claim unless one exists (no read first); returns whichever claim won. */
  claimIntake(claim: IntakeClaim): Promise<IntakeClaim>;
  /**
   * Points a claim whose case was never stored at the content of a later attempt; false when the claim no
   * longer holds `fromFingerprint` (another attempt changed it first).
   */
  retakeIntakeClaim(claim: IntakeClaim, toFingerprint: string): Promise<boolean>;
  /** Atomic per tenant and year; never returns the same number twice. */
  nextReferenceNumber(tenantId: string, year: number): Promise<number>;
  /**
   * One conditional put; `created: false` when the case already existed (a retry, or a concurrent attempt
   * that won): then the stored case's reference and status, which may differ from `record`'s.
   */
  createCase(record: CaseRecord): Promise<FiledCase & { created: boolean }>;
  /** One consistent read of the case's reference and status; undefined while it is not stored. */
  findFiledCase(tenantId: string, caseId: string): Promise<FiledCase | undefined>;
  findCaseByReference(tenantId: string, reference: string): Promise<CaseStatusView | undefined>;
  /**
   * `stored`: the case's alerts exactly as this very call stored them (a case it just created), so the write
   * needs no read first; if anyone changed them since, the mark reads and retries as without it.
   * `messageId`: the intake SMS's transport id, kept on the case item (index `byMessageId`) in the same write,
   * instead of a delivery record. False when this call marked nothing (gone, or marked by another sender).
   */
  markAlertSent(tenantId: string, caseId: string, event: AlertEvent, sentAt: string, stored?: OutboxCase, messageId?: string): Promise<boolean>;
}

export interface CaseAlert {
  readonly tenantId: string;
  readonly caseId: string;
  readonly event: AlertEvent;
  readonly reference: string;
  readonly channel: Channel;
  readonly service: Service;
  readonly category: Category;
  readonly urgency: Urgency;
  readonly kecamatan?: string;
  readonly dueAt: string;
  /** Same case + event -> same id, so a re-send can be recognised downstream. */
  readonly dedupeId: string;
  /** The case's alert link (`/staff/a/<opaque id>`), once the regency has a rota. */
  readonly link?: string;
  /** One person of the directory this SMS goes to (else: the regency's topic). */
  readonly recipient?: AlertRecipient;
  /** The first attempt for a case this very call stored: no delivery can be on record, none is looked up. */
  readonly neverSent?: true;
  /** `assigned`: the sign-in e-mail of whom the case is assigned to now. */
  readonly assigneeId?: string;
}

/** A person an alert SMS goes to, and why: their place in the chain, or the case was assigned to them. */
export interface AlertRecipient {
  readonly personId: string;
  readonly name: string;
  readonly step: 'first' | 'second' | 'supervisor' | 'assignee';
  /** Sealed (purpose `staffPhone`): only the transport opens it. */
  readonly phone: SealedEnvelope;
}

export interface PublishedAlert {
  /** The transport's id for the message (SNS MessageId), kept with the delivery record. */
  readonly messageId: string;
  /** Not sent: left pending for the alert sweeper, the one sender that may open staff numbers. */
  readonly handedOff?: true;
  /**
   * Set when the publisher left the delivery record to its caller (the intake's topic alert, `neverSent`):
   * the caller keeps `messageId` on the case as it marks the alert sent, and records only if that fails.
   */
  readonly recordDelivery?: () => Promise<void>;
}

export interface AlertPublisher {
  publish(alert: CaseAlert): Promise<PublishedAlert>;
}
