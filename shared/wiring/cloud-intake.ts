/** Intake functions (web report, call center; the WhatsApp webhook builds on it): store, seal, alert. */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AbuseCloudConfig } from '../abuse/abuse-cloud-config.js';
import { HmacAddressDigester } from '../abuse/client-address.js';
import { DEFAULT_ABUSE_LIMITS } from '../abuse/limits.js';
import type { AbuseControls } from '../abuse/ports.js';
import { secretsManagerKey } from '../abuse/secrets-manager-key.js';
import { type CloudConfig, loadCloudConfig, loadEnvironment } from '../config.js';
import type { IntakeDependencies } from '../intake/submit-report.js';
import { ulidGenerator } from '../platform.js';
import { DynamoCaseStore } from '../store/dynamo-case-store.js';
import { DynamoRateCounters } from '../store/dynamo-rate-limits.js';
import { DynamoApiKeyStore } from '../store/dynamo-api-key-store.js';
import { DynamoReporterThread } from '../store/dynamo-reporter-thread.js';
import type { ReporterThreadStore } from '../thread/ports.js';
import { DynamoTenantRegistry } from '../store/dynamo-tenant-registry.js';
import type { ApiKeyStore } from '../tenancy/api-keys.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { createAlertAdapters, createDocumentClient, createTenantVault } from './cloud-common.js';
import { traced } from '../observability/tracer.js';

export interface CloudDependencies extends IntakeDependencies {
  readonly tenants: TenantRegistry;
  /** Call-center API key hashes (the call-center function). */
  readonly apiKeys: ApiKeyStore;
  /** The reporter's inbox (the web function). */
  readonly thread: ReporterThreadStore;
}

export function createCloudDependencies(
  env: NodeJS.ProcessEnv = process.env,
  /** Shared with a function's own stores, so one container keeps one DynamoDB connection pool. */
  sharedDocuments?: DynamoDBDocumentClient,
): CloudDependencies {
  const config = loadCloudConfig(env);
  const documents = sharedDocuments ?? createDocumentClient(config.AWS_REGION);
  const tenants = new DynamoTenantRegistry(documents, config.TABLE_NAME);
  const { alerts, clock, logger } = createAlertAdapters(config, documents, tenants);
  return {
    tenants,
    apiKeys: new DynamoApiKeyStore(documents, config.TABLE_NAME),
    cases: new DynamoCaseStore(documents, config.TABLE_NAME),
    thread: new DynamoReporterThread(documents, config.TABLE_NAME),
    vault: createTenantVault(config, documents),
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
  const secrets = traced(new SecretsManagerClient({ region: config.AWS_REGION }));
  return {
    counters: new DynamoRateCounters(documents, config.TABLE_NAME),
    limits: DEFAULT_ABUSE_LIMITS,
    addresses: new HmacAddressDigester(secretsManagerKey(secrets, ABUSE_ADDRESS_KEY_NAME)),
  };
}
