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
import type { CaseMediaDependencies, MediaLinkSigner } from '../staff/case-media-ports.js';
import type { PartnerDependencies } from '../staff/partners.js';
import type { RevealDependencies, StaffDependencies } from '../staff/ports.js';
import type { ReporterChat } from '../thread/ports.js';
import { DynamoAlertOutbox } from '../store/dynamo-alert-outbox.js';
import { DynamoCaseStore } from '../store/dynamo-case-store.js';
import { DynamoMediaAuditLog } from '../store/dynamo-media-audit.js';
import { DynamoPartnerDirectory } from '../store/dynamo-partners.js';
import { DynamoRevealAuditLog } from '../store/dynamo-staff-audit.js';
import { DynamoRevealRequests } from '../store/dynamo-reveal-requests.js';
import { DynamoStaffCaseStore } from '../store/dynamo-staff-cases.js';
import { DynamoStaffDirectory } from '../store/dynamo-staff-directory.js';
import type { DirectoryDependencies } from '../oncall/ports.js';
import type { StaffAdminDependencies } from '../oncall/manage-directory.js';
import type { StaffAccounts } from '../oncall/staff-accounts.js';
import type { AlertLinks } from '../oncall/on-call-alert-publisher.js';
import { DynamoAlertLinks } from '../store/dynamo-alert-links.js';
import type { AssigneeSms } from '../staff/assign-case.js';
import { notifyAssignee } from '../oncall/notify-assignee.js';

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
  ports: StaffPorts & { readonly alerts: AlertPublisher; readonly reporterChat?: ReporterChat },
): StaffDependencies &
  StaffAuthDependencies &
  WalkInDependencies &
  DirectoryDependencies &
  PartnerDependencies & { readonly links: AlertLinks; readonly assigneeSms: AssigneeSms; readonly reporterChat?: ReporterChat } {
  const { documents, tableName, vault, clock, ids, logger } = ports;
  const directory = new DynamoStaffDirectory(documents, tableName);
  const outbox = new DynamoAlertOutbox(documents, tableName);
  return {
    directory,
    rotas: directory,
    links: new DynamoAlertLinks(documents, tableName),
    onCallAudit: directory,
    ids,
    staffTokens: ports.staffTokens,
    tenants: ports.tenants,
    cases: new DynamoStaffCaseStore(documents, tableName),
    reveals: new DynamoRevealAuditLog(documents, tableName),
    revealRequests: new DynamoRevealRequests(documents, tableName),
    outbox,
    // The assignee's SMS goes out like every alert: the outbox on the case, then the regency's publisher.
    assigneeSms: { notify: (tenantId, caseId) => notifyAssignee({ outbox, alerts: ports.alerts, clock, logger }, tenantId, caseId) },
    vault,
    clock,
    logger,
    intake: { cases: new DynamoCaseStore(documents, tableName), vault, alerts: ports.alerts, clock, ids, logger },
    reporterChat: ports.reporterChat,
    partners: new DynamoPartnerDirectory(documents, tableName),
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
    grants: new DynamoRevealRequests(documents, tableName),
    vault: ports.vault,
    clock: ports.clock,
    ids: ports.ids,
    logger: ports.logger,
  };
}

/**
 * The case-media function: reads a case and its addenda (KMS opens `details` to find the case's files),
 * writes the audit record first, then opens the file (`media`). `links` only where files live in S3.
 */
export function buildCaseMediaDependencies(
  ports: StaffPorts & { readonly media: CaseMediaDependencies['media']; readonly links?: MediaLinkSigner },
): CaseMediaDependencies & StaffAuthDependencies {
  const { documents, tableName } = ports;
  return {
    staffTokens: ports.staffTokens,
    tenants: ports.tenants,
    cases: new DynamoStaffCaseStore(documents, tableName),
    audit: new DynamoMediaAuditLog(documents, tableName),
    media: ports.media,
    ...(ports.links ? { links: ports.links } : {}),
    vault: ports.vault,
    clock: ports.clock,
    ids: ports.ids,
    logger: ports.logger,
  };
}

/** The staff-admin function: the directory (KMS seals and opens `staffPhone`) and the sign-in accounts. */
export function buildStaffAdminDependencies(
  ports: StaffPorts & { readonly accounts: StaffAccounts },
): StaffAdminDependencies & StaffAuthDependencies {
  const directory = new DynamoStaffDirectory(ports.documents, ports.tableName);
  return {
    staffTokens: ports.staffTokens,
    tenants: ports.tenants,
    accounts: ports.accounts,
    directory,
    rotas: directory,
    onCallAudit: directory,
    vault: ports.vault,
    clock: ports.clock,
    ids: ports.ids,
    logger: ports.logger,
  };
}
