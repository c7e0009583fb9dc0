/**
 * The cloud adapters, created once per Lambda container. Nothing here runs in the local runtime, which
 * wires its own adapters around the same handlers.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SnsAlertPublisher } from '../alerts/sns-alert-publisher.js';
import { fillTenant, loadCloudConfig } from '../config.js';
import { EnvelopeIdentityVault } from '../crypto/identity-vault.js';
import { KmsDataKeyProvider } from '../crypto/kms-data-key-provider.js';
import type { IntakeDependencies } from '../intake/submit-report.js';
import { createLogger, systemClock, ulidGenerator } from '../platform.js';
import { DynamoCaseStore } from '../store/dynamo-case-store.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { DynamoTenantRegistry } from '../tenancy/tenant-registry.js';

export interface CloudDependencies extends IntakeDependencies {
  readonly tenants: TenantRegistry;
}

export function createCloudDependencies(env: NodeJS.ProcessEnv = process.env): CloudDependencies {
  const config = loadCloudConfig(env);
  const region = config.AWS_REGION;
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region }), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const tenants = new DynamoTenantRegistry(documents, config.TABLE_NAME);
  return {
    tenants,
    cases: new DynamoCaseStore(documents, config.TABLE_NAME),
    vault: new EnvelopeIdentityVault(
      new KmsDataKeyProvider(new KMSClient({ region }), (tenant) => fillTenant(config.TENANT_KEY_ALIAS_TEMPLATE, tenant)),
    ),
    alerts: new SnsAlertPublisher(new SNSClient({ region }), tenants, (tenant) =>
      fillTenant(config.ALERT_TOPIC_ARN_TEMPLATE, tenant),
    ),
    clock: systemClock,
    ids: ulidGenerator,
    logger: createLogger(config.POWERTOOLS_LOG_LEVEL),
  };
}
