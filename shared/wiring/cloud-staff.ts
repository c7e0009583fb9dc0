/** The staff API, the reveal, the case-media and the staff-admin functions in the cloud: Cognito-verified staff tokens, KMS, SNS, S3. */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { S3Client } from '@aws-sdk/client-s3';
import type { StaffAuthDependencies } from '../auth/authenticate-staff.js';
import { createCognitoStaffTokenVerifier } from '../auth/jwt-staff-token-verifier.js';
import { type CloudConfig, fillTenant, loadCloudConfig, loadEnvironment, StaffAuthConfig } from '../config.js';
import { CaseMediaCloudConfig } from '../media/media-cloud-config.js';
import { S3MediaLinks } from '../media/s3-media-links.js';
import { S3MediaStore } from '../media/s3-media-store.js';
import { createLogger, systemClock, ulidGenerator } from '../platform.js';
import type { RevealDependencies } from '../staff/ports.js';
import { DynamoTenantRegistry } from '../store/dynamo-tenant-registry.js';
import { createAlertAdapters, createTenantVault } from './cloud-common.js';
import { createDocumentClient } from './cloud-documents.js';
import { createCloudReporterChat } from './cloud-reporter-chat.js';
import type { CaseMediaDependencies } from '../staff/case-media-ports.js';
import { createCognitoStaffAccounts } from '../oncall/cognito-staff-accounts.js';
import type { StaffAdminDependencies } from '../oncall/manage-directory.js';
import {
  buildCaseMediaDependencies,
  buildRevealDependencies,
  buildStaffAdminDependencies,
  buildStaffApiDependencies,
  type StaffPorts,
} from './staff-dependencies.js';
import { traced } from '../observability/tracer.js';

export function createStaffApiCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
): ReturnType<typeof buildStaffApiDependencies> {
  const config = loadCloudConfig(env);
  const ports = cloudStaffPorts(config, env);
  const { consistentAlerts: alerts } = createAlertAdapters(config, ports.documents, ports.tenants);
  return buildStaffApiDependencies({ ...ports, alerts, reporterChat: createCloudReporterChat(config, env, ports) });
}

/** KMS here may open `identity` and `victimContact` only (its role). */
export function createRevealIdentityCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
): RevealDependencies & StaffAuthDependencies {
  return buildRevealDependencies(cloudStaffPorts(loadCloudConfig(env), env));
}

/** KMS here may open `details` (to find a case's files) and, through S3 only, `media` (its role). */
export function createCaseMediaCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
): CaseMediaDependencies & StaffAuthDependencies {
  const config = loadCloudConfig(env);
  const { MEDIA_BUCKET } = loadEnvironment(CaseMediaCloudConfig, env);
  const s3 = traced(new S3Client({ region: config.AWS_REGION }));
  return buildCaseMediaDependencies({
    ...cloudStaffPorts(config, env),
    media: new S3MediaStore(s3, MEDIA_BUCKET, (tenant) => fillTenant(config.TENANT_KEY_ALIAS_TEMPLATE, tenant)),
    links: new S3MediaLinks(s3, MEDIA_BUCKET),
  });
}

/** KMS here seals and opens `staffPhone` only; Cognito's admin APIs on the staff pool (its role alone). */
export function createStaffAdminCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
): StaffAdminDependencies & StaffAuthDependencies {
  const config = loadCloudConfig(env);
  const { COGNITO_USER_POOL_ID } = loadEnvironment(StaffAuthConfig, env);
  const cognito = new CognitoIdentityProviderClient({ region: config.AWS_REGION });
  return buildStaffAdminDependencies({ ...cloudStaffPorts(config, env), accounts: createCognitoStaffAccounts(cognito, COGNITO_USER_POOL_ID) });
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
