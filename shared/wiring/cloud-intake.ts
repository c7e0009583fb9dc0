/** Intake functions (web report, call center; the WhatsApp webhook builds on it): store, seal, alert. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AbuseCloudConfig } from '../abuse/abuse-cloud-config.js';
import { HmacAddressDigester } from '../abuse/client-address.js';
import { DEFAULT_ABUSE_LIMITS } from '../abuse/limits.js';
import { loadCloudConfig, loadEnvironment } from '../config.js';
import type { IntakeDependencies } from '../intake/submit-report.js';
import { createLogger, systemClock, ulidGenerator } from '../platform.js';
import { DynamoApiKeyStore } from '../store/dynamo-api-key-store.js';
import { DynamoCaseStore } from '../store/dynamo-case-store.js';
import { DynamoRateCounters } from '../store/dynamo-rate-limits.js';
import { DynamoReporterThread } from '../store/dynamo-reporter-thread.js';
import { DynamoTenantRegistry } from '../store/dynamo-tenant-registry.js';
import type { ApiKeyStore } from '../tenancy/api-keys.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import type { ReporterThreadStore } from '../thread/ports.js';
import { createDocumentClient } from './cloud-documents.js';
import type { SealingAdapters } from './cloud-sealing.js';

export interface CloudDependencies extends IntakeDependencies {
  readonly tenants: TenantRegistry;
  /** Call-center API key hashes (the call-center function). */
  readonly apiKeys: ApiKeyStore;
  /** The reporter's inbox (the web function). */
  readonly thread: ReporterThreadStore;
}

/**
 * How a function gets its sealing adapters: `createSealingAdapters` at once (every call-center and WhatsApp
 * request seals), or `lazySealingAdapters` with the first request that needs them (web-report's pages do not).
 */
export type SealingWiring = (
  config: ReturnType<typeof loadCloudConfig>,
  documents: DynamoDBDocumentClient,
  tenants: TenantRegistry,
  addressKeyName: string,
) => SealingAdapters;

export function createCloudDependencies(
  sealing: SealingWiring,
  env: NodeJS.ProcessEnv = process.env,
  /** Shared with a function's own stores, so one container keeps one DynamoDB connection pool. */
  sharedDocuments?: DynamoDBDocumentClient,
): CloudDependencies {
  const config = loadCloudConfig(env);
  const documents = sharedDocuments ?? createDocumentClient(config.AWS_REGION);
  const tenants = new DynamoTenantRegistry(documents, config.TABLE_NAME);
  const { vault, alerts, addressKey } = sealing(config, documents, tenants, loadEnvironment(AbuseCloudConfig, env).ABUSE_ADDRESS_KEY_NAME);
  return {
    tenants,
    apiKeys: new DynamoApiKeyStore(documents, config.TABLE_NAME),
    cases: new DynamoCaseStore(documents, config.TABLE_NAME),
    thread: new DynamoReporterThread(documents, config.TABLE_NAME),
    vault,
    alerts,
    clock: systemClock,
    ids: ulidGenerator,
    logger: createLogger(config.POWERTOOLS_LOG_LEVEL),
    // Counters in the table; the client-address key from Secrets Manager, read on first use (web only).
    abuse: {
      counters: new DynamoRateCounters(documents, config.TABLE_NAME),
      limits: DEFAULT_ABUSE_LIMITS,
      addresses: new HmacAddressDigester(addressKey),
    },
  };
}
