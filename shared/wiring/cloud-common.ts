/**
 * Cloud adapters several functions share (sealing and alerts; the DynamoDB client is in cloud-documents.ts).
 * Each function's wiring module imports only what it uses, so a Lambda bundle carries no other function's
 * clients (bundle size is cold-start time).
 */
import { KMSClient } from '@aws-sdk/client-kms';
import { SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { IdempotentAlertPublisher } from '../alerts/idempotent-alert-publisher.js';
import type { AlertJobDependencies } from '../alerts/ports.js';
import type { AlertPublisher } from '../intake/ports.js';
import { SnsAlertPublisher } from '../alerts/sns-alert-publisher.js';
import { type CloudConfig, fillTenant } from '../config.js';
import { EnvelopeIdentityVault } from '../crypto/identity-vault.js';
import { KmsDataKeyProvider } from '../crypto/kms-data-key-provider.js';
import { createLogger, systemClock } from '../platform.js';
import { DynamoAlertOutbox } from '../store/dynamo-alert-outbox.js';
import { DynamoCaseSecretStore } from '../store/dynamo-case-secret-store.js';
import { DynamoStaffDirectory } from '../store/dynamo-staff-directory.js';
import { SweeperHandOffAlertPublisher } from '../alerts/sweeper-hand-off.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { traced } from '../observability/tracer.js';

/**
 * Envelope encryption under each tenant's own KMS key and each case's secret; IAM on the function's role
 * limits the purposes and which functions reach the secrets' table.
 */
export function createTenantVault(config: CloudConfig, documents: DynamoDBDocumentClient): EnvelopeIdentityVault {
  return new EnvelopeIdentityVault(
    new KmsDataKeyProvider(traced(new KMSClient({ region: config.AWS_REGION })), (tenant) =>
      fillTenant(config.TENANT_KEY_ALIAS_TEMPLATE, tenant),
    ),
    new DynamoCaseSecretStore(documents, config.CASE_SECRETS_TABLE_NAME),
  );
}

/**
 * SNS per tenant behind the delivery log, so a retried alert never reaches a phone twice. A rota regency's
 * alerts are handed to the sweeper, the one function that may open staff numbers (alerts/sweeper-hand-off.ts):
 * `alerts` (intake) learns of the rota from the cached tenant item, `consistentAlerts` (staff API, SLA job)
 * reads the rota itself.
 */
export function createAlertAdapters(
  config: CloudConfig,
  documents: DynamoDBDocumentClient,
  tenants: TenantRegistry,
): AlertJobDependencies & {
  readonly outbox: DynamoAlertOutbox;
  readonly chains: DynamoStaffDirectory;
  readonly consistentAlerts: AlertPublisher;
  readonly topic: AlertPublisher;
  readonly sns: SNSClient;
} {
  const logger = createLogger(config.POWERTOOLS_LOG_LEVEL);
  const outbox = new DynamoAlertOutbox(documents, config.TABLE_NAME);
  const chains = new DynamoStaffDirectory(documents, config.TABLE_NAME);
  const supervisorTemplate = config.SUPERVISOR_TOPIC_ARN_TEMPLATE;
  const client = traced(new SNSClient({ region: config.AWS_REGION }));
  const sns = new SnsAlertPublisher(client, tenants, {
    onCall: (tenant) => fillTenant(config.ALERT_TOPIC_ARN_TEMPLATE, tenant),
    supervisors: supervisorTemplate ? (tenant) => fillTenant(supervisorTemplate, tenant) : undefined,
  });
  const topic = new IdempotentAlertPublisher(sns, outbox, systemClock, logger);
  return {
    outbox,
    // The reporter's path: no rota read per report (see the staleness note in sweeper-hand-off.ts).
    alerts: new SweeperHandOffAlertPublisher(tenants, topic),
    consistentAlerts: new SweeperHandOffAlertPublisher(chains, topic),
    chains,
    topic,
    sns: client,
    clock: systemClock,
    logger,
  };
}
