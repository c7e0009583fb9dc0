/** What the alert jobs (sweeper, SLA escalation) need from the outside world. */
import type { CaseStatus } from '../domain/vocabulary.js';
import type {
  AlertEvent,
  AlertOutboxEntry,
  AlertPublisher,
  AppLogger,
  CaseAlert,
  CaseRecord,
  CaseStore,
  Clock,
  PublishedAlert,
} from '../intake/ports.js';
import type { Assignee } from '../staff/timeline.js';
import type { AlertSubject } from './case-alert.js';

export type CaseAlerts = Readonly<Partial<Record<AlertEvent, AlertOutboxEntry>>>;

/** A case as the alert jobs see it: routing fields, status, alert states and the revision they were read at. */
export interface OutboxCase extends AlertSubject, Pick<CaseRecord, 'createdAt' | 'slaStartedAt' | 'acknowledgeWithinMinutes'> {
  /** Set by the first acknowledgement ("Saya tangani"): the chain stops. */
  readonly acknowledgedAt?: string;
  /** Whom the case is assigned to now: the `assigned` SMS goes to them. */
  readonly assignee?: Assignee;
  readonly status: CaseStatus;
  readonly alerts: CaseAlerts;
  /** Bumped by every change of `alerts`; a write based on an older read fails instead of overwriting. */
  readonly alertsRevision: number;
}

export interface SaveAlertsOptions {
  /** The write fails unless the case still has this status (escalations: still `diterima`). */
  readonly requireStatus?: CaseStatus;
  /** Move the case in the SLA schedule to this time, or take it out (`'stop'`); omitted: unchanged. */
  readonly slaWatch?: string | 'stop';
  /** The intake SMS's transport id, onto the case item: `byMessageId` finds the case by it (no delivery record). */
  readonly messageId?: string;
}

/** Whether a regency keeps a rota (shared/oncall): only then do its cases have an acknowledgement chain. */
export interface ChainSettings {
  hasRota(tenantId: string): Promise<boolean>;
}

export interface AlertOutbox extends Pick<CaseStore, 'markAlertSent'> {
  /** Cases with at least one pending alert due by `now` (eventually consistent index read). */
  findDueAlerts(now: string, limit: number): Promise<OutboxCase[]>;
  /** Every alert still to send, due or waiting for its backoff: the operations alarm watches it. */
  countPendingAlerts(): Promise<number>;
  /** Cases in the SLA schedule whose next escalation is due by `now` (eventually consistent index read). */
  findCasesDueForEscalation(now: string, limit: number): Promise<OutboxCase[]>;
  /** A fresh, consistent read of one case. */
  findOutboxCase(tenantId: string, caseId: string): Promise<OutboxCase | undefined>;
  /**
   * The same, after the case item caught up with its history: what the SLA job decides on, since a change
   * whose projection lagged (a crash between the event and the case item) may already have ended the wait.
   */
  findCurrentOutboxCase(tenantId: string, caseId: string): Promise<OutboxCase | undefined>;
  /**
   * One conditional write: the case's alerts become `alerts` (and its outbox position follows) unless they
   * changed since `current` was read. Returns the case as written, or undefined when the write lost.
   */
  saveAlerts(current: OutboxCase, alerts: CaseAlerts, options?: SaveAlertsOptions): Promise<OutboxCase | undefined>;
  /** Takes a case that is no longer `diterima` out of the SLA schedule. */
  stopSlaWatch(current: OutboxCase): Promise<void>;
}

/** One record per alert the transport accepted: a later re-send of the same alert is skipped. */
export interface AlertDeliveryLog {
  findDelivery(alert: CaseAlert): Promise<PublishedAlert | undefined>;
  /** Conditional put: the first record of an alert wins; a second one is ignored. */
  recordDelivery(alert: CaseAlert, delivery: PublishedAlert, at: string): Promise<void>;
}

export interface AlertJobDependencies {
  readonly outbox: AlertOutbox;
  readonly alerts: AlertPublisher;
  /** Absent: no regency has a chain (only the SLA reminders). */
  readonly chains?: ChainSettings;
  readonly clock: Clock;
  readonly logger: AppLogger;
}
