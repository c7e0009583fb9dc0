/** The staff API and the reveal function: verified staff tokens, cases without (or only) identities. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StaffAuthDependencies } from '../auth/authenticate-staff.js';
import { createCognitoStaffTokenVerifier } from '../auth/jwt-staff-token-verifier.js';
import { type CloudConfig, loadCloudConfig, loadEnvironment, StaffAuthConfig } from '../config.js';
import { createLogger, systemClock, ulidGenerator } from '../platform.js';
import type { RevealDependencies, StaffDependencies } from '../staff/ports.js';
import type { WalkInDependencies } from '../staff/enter-walk-in-report.js';
import { DynamoCaseStore } from '../store/dynamo-case-store.js';
import { DynamoAlertOutbox } from '../store/dynamo-alert-outbox.js';
import { DynamoRevealAuditLog } from '../store/dynamo-staff-audit.js';
import { DynamoStaffCaseStore } from '../store/dynamo-staff-cases.js';
import { DynamoTenantRegistry } from '../store/dynamo-tenant-registry.js';
import { createAlertAdapters, createDocumentClient, createTenantVault } from './cloud-common.js';

/**
 * The staff API: cases without identities; KMS opens `details` and `note`, seals `note`. Walk-in reports
 * are intake: KMS seals `details`, `identity` and `victimContact`, and SNS sends their alert.
 */
export function createStaffApiCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
): StaffDependencies & StaffAuthDependencies & WalkInDependencies {
  const config = loadCloudConfig(env);
  const documents = createDocumentClient(config.AWS_REGION);
  const auth = createStaffAuth(config, documents, env);
  const vault = createTenantVault(config);
  const { alerts, logger } = createAlertAdapters(config, documents, auth.tenants);
  return {
    ...auth,
    cases: new DynamoStaffCaseStore(documents, config.TABLE_NAME),
    reveals: new DynamoRevealAuditLog(documents, config.TABLE_NAME),
    outbox: new DynamoAlertOutbox(documents, config.TABLE_NAME),
    vault,
    clock: systemClock,
    logger,
    intake: {
      cases: new DynamoCaseStore(documents, config.TABLE_NAME),
      vault,
      alerts,
      clock: systemClock,
      ids: ulidGenerator,
      logger,
    },
  };
}

/** The reveal function: reads the sealed identity, writes the audit record, KMS opens `identity` only. */
export function createRevealIdentityCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
): RevealDependencies & StaffAuthDependencies {
  const config = loadCloudConfig(env);
  const documents = createDocumentClient(config.AWS_REGION);
  return {
    ...createStaffAuth(config, documents, env),
    identities: new DynamoStaffCaseStore(documents, config.TABLE_NAME),
    audit: new DynamoRevealAuditLog(documents, config.TABLE_NAME),
    vault: createTenantVault(config),
    clock: systemClock,
    ids: ulidGenerator,
    logger: createLogger(config.POWERTOOLS_LOG_LEVEL),
  };
}

function createStaffAuth(
  config: CloudConfig,
  documents: DynamoDBDocumentClient,
  env: NodeJS.ProcessEnv,
): StaffAuthDependencies {
  const auth = loadEnvironment(StaffAuthConfig, env);
  return {
    staffTokens: createCognitoStaffTokenVerifier({ userPoolId: auth.COGNITO_USER_POOL_ID, clientId: auth.COGNITO_CLIENT_ID }),
    tenants: new DynamoTenantRegistry(documents, config.TABLE_NAME),
  };
}
