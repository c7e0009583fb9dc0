/** What destroying a case's personal data needs from the outside world. Adapters: shared/store, shared/media. */
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { CaseKeyShredder, IdentityVault } from '../crypto/identity-vault.js';
import type { AppLogger, Clock } from '../intake/ports.js';
import type { ErasureOrder, RetentionTombstone } from '../staff/timeline.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import type { RetentionStage, RetentionWatch } from './retention-watch.js';
import type { MediaStore } from '../media/media-store.js';

/** A `details` part as stored on a case or in its history: where the references to its files are. */
export type StoredDetails = SealedEnvelope;

/** The sealed parts of a case's items (case item and history), found and removed in place. */
export interface SealedPartEraser {
  /** Every `details` part of the case (the report and the reporter's addenda). */
  listDetails(tenantId: string, caseId: string): Promise<StoredDetails[]>;
  /** Removes every sealed part from the case item and its history; returns how many it removed. */
  eraseSealedParts(tenantId: string, caseId: string): Promise<number>;
}

export interface PersonalDataDependencies {
  readonly eraser: SealedPartEraser;
  readonly vault: IdentityVault & CaseKeyShredder;
  readonly media: Pick<MediaStore, 'destroy'>;
  readonly clock: Clock;
}

/** A closed case in the retention schedule. */
export interface ScheduledCase {
  readonly tenantId: string;
  readonly caseId: string;
  /** The stage's time: when it closed (`closed`), or when that stage is due. */
  readonly at: string;
  /** Absent: an erasure request made the case due before it closed. */
  readonly closedAt?: string;
  readonly personalDataDestroyedAt?: string;
  /** Due because a supervisor granted an erasure request (maybe before the case closed). */
  readonly erasure?: ErasureOrder;
}

/** The sparse `retentionDue` index and the writes that move a case along it. Adapter: dynamo-retention-schedule.ts. */
export interface RetentionSchedule {
  /** Up to `limit` cases of a stage whose time is before `before` (`closed`: every unplanned one). */
  listStage(stage: RetentionStage, before: string, limit: number): Promise<ScheduledCase[]>;
  /** Whether the case is still at that stage and not held (read again just before destroying). */
  stillDue(scheduled: ScheduledCase, stage: RetentionStage): Promise<boolean>;
  /** Moves a case to its next stage, unless it moved meanwhile (held, planned by another run). */
  moveTo(scheduled: ScheduledCase, from: RetentionStage, next: RetentionWatch): Promise<boolean>;
  /** Records the tombstone as a case change and moves the case on to its `routing` stage (none: out of the schedule). */
  recordDestruction(tenantId: string, caseId: string, tombstone: RetentionTombstone, next: RetentionWatch | undefined): Promise<void>;
  /** Deletes the case item and its history (their personal data went at the `personal` stage). */
  removeCase(tenantId: string, caseId: string): Promise<void>;
}

export interface RetentionJobDependencies extends PersonalDataDependencies {
  readonly schedule: RetentionSchedule;
  readonly tenants: TenantRegistry;
  readonly logger: AppLogger;
}
