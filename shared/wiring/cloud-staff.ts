/** The staff API and the reveal function in the cloud: Cognito-verified staff tokens, KMS, SNS. */
import type { StaffAuthDependencies } from '../auth/authenticate-staff.js';
import { createCognitoStaffTokenVerifier } from '../auth/jwt-staff-token-verifier.js';
import { type CloudConfig, loadCloudConfig, loadEnvironment, StaffAuthConfig } from '../config.js';
import { createLogger, systemClock, ulidGenerator } from '../platform.js';
import type { WalkInDependencies } from '../staff/enter-walk-in-report.js';
import type { RevealDependencies, StaffDependencies } from '../staff/ports.js';
import { DynamoTenantRegistry } from '../store/dynamo-tenant-registry.js';
import { createAlertAdapters, createDocumentClient, createTenantVault } from './cloud-common.js';
import { buildRevealDependencies, buildStaffApiDependencies, type StaffPorts } from './staff-dependencies.js';

export function createStaffApiCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
): StaffDependencies & StaffAuthDependencies & WalkInDependencies {
  const config = loadCloudConfig(env);
  const ports = cloudStaffPorts(config, env);
  const { alerts } = createAlertAdapters(config, ports.documents, ports.tenants);
  return buildStaffApiDependencies({ ...ports, alerts });
}

/** KMS here may open `identity` and `victimContact` only (its role). */
export function createRevealIdentityCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
): RevealDependencies & StaffAuthDependencies {
  return buildRevealDependencies(cloudStaffPorts(loadCloudConfig(env), env));
}

function cloudStaffPorts(config: CloudConfig, env: NodeJS.ProcessEnv): StaffPorts {
  const auth = loadEnvironment(StaffAuthConfig, env);
  const documents = createDocumentClient(config.AWS_REGION);
  return {
    documents,
    tableName: config.TABLE_NAME,
    staffTokens: createCognitoStaffTokenVerifier({ userPoolId: auth.COGNITO_USER_POOL_ID, clientId: auth.COGNITO_CLIENT_ID }),
    tenants: new DynamoTenantRegistry(documents, config.TABLE_NAME),
    vault: createTenantVault(config, documents),
    clock: systemClock,
    ids: ulidGenerator,
    logger: createLogger(config.POWERTOOLS_LOG_LEVEL),
  };
}
