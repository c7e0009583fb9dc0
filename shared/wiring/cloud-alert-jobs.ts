/** The alert sweeper and SLA escalation functions: no KMS, no intake, only the outbox and SNS. */
import type { CaseworkReminderDependencies } from '../alerts/casework-reminders.js';
import type { AlertJobDependencies } from '../alerts/ports.js';
import { DynamoCaseworkSchedule } from '../store/dynamo-casework-schedule.js';
import { loadCloudConfig } from '../config.js';
import { DynamoTenantRegistry } from '../store/dynamo-tenant-registry.js';
import { createAlertAdapters, createDocumentClient } from './cloud-common.js';

export function createAlertJobCloudDependencies(env: NodeJS.ProcessEnv = process.env): CaseworkReminderDependencies {
  const config = loadCloudConfig(env);
  const documents = createDocumentClient(config.AWS_REGION);
  const adapters: AlertJobDependencies = createAlertAdapters(config, documents, new DynamoTenantRegistry(documents, config.TABLE_NAME));
  return { ...adapters, caseworkSchedule: new DynamoCaseworkSchedule(documents, config.TABLE_NAME) };
}
