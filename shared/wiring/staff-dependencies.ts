/**
 * The staff functions' dependencies, assembled once for the cloud (cloud-staff.ts) and the local runtime
 * (local/dev-login-wiring.ts): they differ only in what they pass in (KMS or the local key, SNS or the local
 * outbox, Cognito's verifier or the dev login's), never in how the stores are put together.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StaffAuthDependencies } from '../auth/authenticate-staff.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { AlertPublisher, AppLogger, Clock, IdGenerator } from '../intake/ports.js';
import type { WalkInDependencies } from '../staff/enter-walk-in-report.js';
import type { PartnerDependencies } from '../staff/partners.js';
import type { RevealDependencies, StaffDependencies } from '../staff/ports.js';
import { DynamoAlertOutbox } from '../store/dynamo-alert-outbox.js';
import { DynamoCaseStore } from '../store/dynamo-case-store.js';
import { DynamoPartnerDirectory } from '../store/dynamo-partners.js';
import { DynamoRevealAuditLog } from '../store/dynamo-staff-audit.js';
import { DynamoStaffCaseStore } from '../store/dynamo-staff-cases.js';

/** What differs between the cloud and a laptop, and the clients both share. */
export interface StaffPorts extends StaffAuthDependencies {
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly vault: IdentityVault;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: AppLogger;
}

/**
 * The staff API: cases without identities (KMS opens `details` and `note`, seals `note`). Walk-in reports
 * are intake: sealed like every report, alerted through `alerts`.
 */
export function buildStaffApiDependencies(
  ports: StaffPorts & { readonly alerts: AlertPublisher },
): StaffDependencies & StaffAuthDependencies & WalkInDependencies & PartnerDependencies {
  const { documents, tableName, vault, clock, ids, logger } = ports;
  return {
    staffTokens: ports.staffTokens,
    tenants: ports.tenants,
    cases: new DynamoStaffCaseStore(documents, tableName),
    reveals: new DynamoRevealAuditLog(documents, tableName),
    outbox: new DynamoAlertOutbox(documents, tableName),
    vault,
    clock,
    logger,
    intake: { cases: new DynamoCaseStore(documents, tableName), vault, alerts: ports.alerts, clock, ids, logger },
    partners: new DynamoPartnerDirectory(documents, tableName),
    ids,
  };
}

/** The reveal function: reads the sealed identity, writes the audit record first, then opens it. */
export function buildRevealDependencies(ports: StaffPorts): RevealDependencies & StaffAuthDependencies {
  const { documents, tableName } = ports;
  return {
    staffTokens: ports.staffTokens,
    tenants: ports.tenants,
    identities: new DynamoStaffCaseStore(documents, tableName),
    audit: new DynamoRevealAuditLog(documents, tableName),
    vault: ports.vault,
    clock: ports.clock,
    ids: ports.ids,
    logger: ports.logger,
  };
}
