/**
 * The cloud adapters, created once per Lambda container. Nothing here runs in the local runtime, which
 * wires its own adapters around the same handlers.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GraphApiClient } from '../channels/whatsapp/graph-api-client.js';
import type { WhatsAppWebhookDependencies } from '../channels/whatsapp/receive-webhook.js';
import { SecretsManagerWhatsAppSecrets } from '../channels/whatsapp/secrets-manager-secrets.js';
import { WhatsAppCloudConfig } from '../channels/whatsapp/whatsapp-cloud-config.js';
import { S3MediaStore } from '../media/s3-media-store.js';
import { DynamoConversationStore } from '../store/dynamo-conversation-store.js';
import { DynamoWhatsAppNumberDirectory } from '../store/dynamo-whatsapp-numbers.js';
import { IdempotentAlertPublisher } from '../alerts/idempotent-alert-publisher.js';
import type { AlertJobDependencies } from '../alerts/ports.js';
import { SnsAlertPublisher } from '../alerts/sns-alert-publisher.js';
import { type CloudConfig, fillTenant, loadCloudConfig } from '../config.js';
import { EnvelopeIdentityVault } from '../crypto/identity-vault.js';
import { KmsDataKeyProvider } from '../crypto/kms-data-key-provider.js';
import type { IntakeDependencies } from '../intake/submit-report.js';
import { createLogger, systemClock, ulidGenerator } from '../platform.js';
import { DynamoAlertOutbox } from '../store/dynamo-alert-outbox.js';
import { DynamoCaseStore } from '../store/dynamo-case-store.js';
import { type ApiKeyStore, DynamoApiKeyStore } from '../tenancy/api-keys.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { DynamoTenantRegistry } from '../tenancy/tenant-registry.js';
import type { StaffAuthDependencies } from '../auth/authenticate-staff.js';
import { createCognitoStaffTokenVerifier } from '../auth/jwt-staff-token-verifier.js';
import { loadEnvironment, StaffAuthConfig } from '../config.js';
import type { RevealDependencies, StaffDependencies } from '../staff/ports.js';
import { DynamoRevealAuditLog } from '../store/dynamo-staff-audit.js';
import { DynamoStaffCaseStore } from '../store/dynamo-staff-cases.js';
import { AbuseCloudConfig } from '../abuse/abuse-cloud-config.js';
import { HmacAddressDigester } from '../abuse/client-address.js';
import { DEFAULT_ABUSE_LIMITS } from '../abuse/limits.js';
import type { AbuseControls } from '../abuse/ports.js';
import { secretsManagerKey } from '../abuse/secrets-manager-key.js';
import { DynamoRateCounters } from '../store/dynamo-rate-limits.js';

export interface CloudDependencies extends IntakeDependencies {
  readonly tenants: TenantRegistry;
  /** Call-center API key hashes (the call-center function). */
  readonly apiKeys: ApiKeyStore;
}

export function createCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
  /** Shared with a function's own stores, so one container keeps one DynamoDB connection pool. */
  sharedDocuments?: DynamoDBDocumentClient,
): CloudDependencies {
  const config = loadCloudConfig(env);
  const region = config.AWS_REGION;
  const documents = sharedDocuments ?? createDocumentClient(region);
  const tenants = new DynamoTenantRegistry(documents, config.TABLE_NAME);
  const { alerts, clock, logger } = createAlertAdapters(config, documents, tenants);
  return {
    tenants,
    apiKeys: new DynamoApiKeyStore(documents, config.TABLE_NAME),
    cases: new DynamoCaseStore(documents, config.TABLE_NAME),
    vault: new EnvelopeIdentityVault(
      new KmsDataKeyProvider(new KMSClient({ region }), (tenant) => fillTenant(config.TENANT_KEY_ALIAS_TEMPLATE, tenant)),
    ),
    alerts,
    clock,
    ids: ulidGenerator,
    logger,
    abuse: createAbuseControls(env, config, documents),
  };
}

/** Counters in the table; the client-address key from Secrets Manager, read on first use (web only). */
function createAbuseControls(env: NodeJS.ProcessEnv, config: CloudConfig, documents: DynamoDBDocumentClient): AbuseControls {
  const { ABUSE_ADDRESS_KEY_NAME } = loadEnvironment(AbuseCloudConfig, env);
  const secrets = new SecretsManagerClient({ region: config.AWS_REGION });
  return {
    counters: new DynamoRateCounters(documents, config.TABLE_NAME),
    limits: DEFAULT_ABUSE_LIMITS,
    addresses: new HmacAddressDigester(secretsManagerKey(secrets, ABUSE_ADDRESS_KEY_NAME)),
  };
}

/** The alert sweeper and SLA escalation functions: no KMS, no intake, only the outbox and SNS. */
export function createAlertJobCloudDependencies(env: NodeJS.ProcessEnv = process.env): AlertJobDependencies {
  const config = loadCloudConfig(env);
  const documents = createDocumentClient(config.AWS_REGION);
  return createAlertAdapters(config, documents, new DynamoTenantRegistry(documents, config.TABLE_NAME));
}

/** The WhatsApp webhook: intake plus conversations, media in S3, the Graph API and Secrets Manager. */
export function createWhatsAppCloudDependencies(env: NodeJS.ProcessEnv = process.env): WhatsAppWebhookDependencies {
  const config = loadCloudConfig(env);
  const whatsapp = loadEnvironment(WhatsAppCloudConfig, env);
  const region = config.AWS_REGION;
  const documents = createDocumentClient(region);
  const secrets = new SecretsManagerWhatsAppSecrets(new SecretsManagerClient({ region }), {
    appSecret: whatsapp.WHATSAPP_APP_SECRET_NAME,
    verifyToken: whatsapp.WHATSAPP_VERIFY_TOKEN_NAME,
    blindIndexKey: whatsapp.WHATSAPP_BLIND_INDEX_KEY_NAME,
  });
  const graph = new GraphApiClient(secrets, {
    baseUrl: whatsapp.WHATSAPP_GRAPH_API_URL,
    version: whatsapp.WHATSAPP_GRAPH_API_VERSION,
    maxMediaBytes: whatsapp.WHATSAPP_MEDIA_MAX_BYTES,
  });
  return {
    ...createCloudDependencies(env, documents),
    conversations: new DynamoConversationStore(documents, config.TABLE_NAME),
    numbers: new DynamoWhatsAppNumberDirectory(documents, config.TABLE_NAME),
    sender: graph,
    mediaSource: graph,
    media: new S3MediaStore(new S3Client({ region }), whatsapp.MEDIA_BUCKET, (tenant) =>
      fillTenant(config.TENANT_KEY_ALIAS_TEMPLATE, tenant),
    ),
    secrets,
  };
}

/** The staff API: cases without identities; KMS opens `details` and `note`, seals `note`. */
export function createStaffApiCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
): StaffDependencies & StaffAuthDependencies {
  const config = loadCloudConfig(env);
  const documents = createDocumentClient(config.AWS_REGION);
  return {
    ...createStaffAuth(config, documents, env),
    cases: new DynamoStaffCaseStore(documents, config.TABLE_NAME),
    reveals: new DynamoRevealAuditLog(documents, config.TABLE_NAME),
    outbox: new DynamoAlertOutbox(documents, config.TABLE_NAME),
    vault: createTenantVault(config),
    clock: systemClock,
    logger: createLogger(config.POWERTOOLS_LOG_LEVEL),
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

/** Envelope encryption under each tenant's own KMS key; IAM on the function's role limits the purposes. */
function createTenantVault(config: CloudConfig): EnvelopeIdentityVault {
  return new EnvelopeIdentityVault(
    new KmsDataKeyProvider(new KMSClient({ region: config.AWS_REGION }), (tenant) =>
      fillTenant(config.TENANT_KEY_ALIAS_TEMPLATE, tenant),
    ),
  );
}

function createDocumentClient(region: string): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient({ region }), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** SNS per tenant behind the delivery log, so a retried alert never reaches a phone twice. */
function createAlertAdapters(
  config: CloudConfig,
  documents: DynamoDBDocumentClient,
  tenants: TenantRegistry,
): AlertJobDependencies {
  const logger = createLogger(config.POWERTOOLS_LOG_LEVEL);
  const outbox = new DynamoAlertOutbox(documents, config.TABLE_NAME);
  const supervisorTemplate = config.SUPERVISOR_TOPIC_ARN_TEMPLATE;
  const sns = new SnsAlertPublisher(new SNSClient({ region: config.AWS_REGION }), tenants, {
    onCall: (tenant) => fillTenant(config.ALERT_TOPIC_ARN_TEMPLATE, tenant),
    supervisors: supervisorTemplate ? (tenant) => fillTenant(supervisorTemplate, tenant) : undefined,
  });
  return {
    outbox,
    alerts: new IdempotentAlertPublisher(sns, outbox, systemClock, logger),
    clock: systemClock,
    logger,
  };
}
