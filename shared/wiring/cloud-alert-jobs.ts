/** The alert sweeper and SLA escalation functions: no KMS, no intake, only the outbox and SNS. */
import type { AlertJobDependencies } from '../alerts/ports.js';
import { loadCloudConfig } from '../config.js';
import { DynamoTenantRegistry } from '../store/dynamo-tenant-registry.js';
import { createAlertAdapters, createDocumentClient } from './cloud-common.js';

export function createAlertJobCloudDependencies(env: NodeJS.ProcessEnv = process.env): AlertJobDependencies {
  const config = loadCloudConfig(env);
  const documents = createDocumentClient(config.AWS_REGION);
  return createAlertAdapters(config, documents, new DynamoTenantRegistry(documents, config.TABLE_NAME));
}
