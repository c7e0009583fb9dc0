/** What the on-call use cases (directory, rota, alert routing, acknowledgement) need. Adapters: shared/store. */
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { AppLogger, Clock, IdGenerator } from '../intake/ports.js';
import type { Page } from '../staff/ports.js';
import type { StaffRef } from '../staff/timeline.js';
import type { Rota } from './rota.js';
import type { StaffPerson } from './staff-person.js';

export interface StaffDirectory {
  /** Every person of the regency, active or not (a response team is tens of people, not thousands). */
  listPeople(tenantId: string): Promise<StaffPerson[]>;
  findPerson(tenantId: string, personId: string): Promise<StaffPerson | undefined>;
  findPersonByEmail(tenantId: string, email: string): Promise<StaffPerson | undefined>;
  /** Claims the e-mail, then stores the person; false when another person of the regency has that e-mail. */
  addPerson(person: StaffPerson): Promise<boolean>;
  /** Replaces the person unless it changed since `expectedVersion`: false then. */
  savePerson(person: StaffPerson, expectedVersion: number): Promise<boolean>;
}

export interface StoredRota {
  readonly rota: Rota;
  /** 0 before the first save. */
  readonly version: number;
  readonly updatedAt?: string;
  readonly updatedBy?: StaffRef;
}

export interface RotaStore {
  findRota(tenantId: string): Promise<StoredRota | undefined>;
  /** Replaces the rota unless another save came first (version): false then. */
  saveRota(tenantId: string, stored: StoredRota, expectedVersion: number): Promise<boolean>;
}

export const ONCALL_AUDIT_ACTIONS = ['person-added', 'person-disabled', 'person-enabled', 'rota-changed'] as const;
export type OnCallAuditAction = (typeof ONCALL_AUDIT_ACTIONS)[number];

/** One change of the directory or the rota: who, what, when. Names only staff, never a number. */
export interface OnCallAuditEntry {
  readonly auditId: string;
  readonly tenantId: string;
  readonly at: string;
  readonly by: StaffRef;
  readonly action: OnCallAuditAction;
  /** The person added, disabled or re-enabled. */
  readonly person?: { readonly personId: string; readonly name: string };
}

export interface OnCallAuditLog {
  record(entry: OnCallAuditEntry): Promise<void>;
  /** Newest first. */
  list(tenantId: string, limit: number, resumeAfter?: string): Promise<Page<OnCallAuditEntry>>;
}

export interface DirectoryDependencies {
  readonly directory: StaffDirectory;
  readonly rotas: RotaStore;
  readonly onCallAudit: OnCallAuditLog;
  readonly vault: IdentityVault;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: AppLogger;
}
