/**
 * The alert sweeper and SLA escalation functions: the outbox and SNS, no intake. The sweeper alone also
 * sends per-person SMS (KMS opens `staffPhone` for it only): to whoever the rota names at that moment.
 */
import type { SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AlertSweeperCloudConfig } from '../alerts/alert-sweeper-cloud-config.js';
import type { CaseworkReminderDependencies } from '../alerts/casework-reminders.js';
import { IdempotentAlertPublisher } from '../alerts/idempotent-alert-publisher.js';
import type { AlertJobDependencies, ChainSettings } from '../alerts/ports.js';
import { SnsPhoneAlertPublisher } from '../alerts/sns-phone-alert-publisher.js';
import { loadCloudConfig, loadEnvironment } from '../config.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { AlertPublisher } from '../intake/ports.js';
import type { DynamoAlertOutbox } from '../store/dynamo-alert-outbox.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { DynamoCaseworkSchedule } from '../store/dynamo-casework-schedule.js';
import { DynamoTenantRegistry } from '../store/dynamo-tenant-registry.js';
import { createAlertAdapters, createTenantVault } from './cloud-common.js';
import { createDocumentClient } from './cloud-documents.js';
import { buildOnCallAlertPublisher } from './on-call-alerts.js';

export function createAlertJobCloudDependencies(env: NodeJS.ProcessEnv = process.env): CaseworkReminderDependencies {
  const config = loadCloudConfig(env);
  const documents = createDocumentClient(config.AWS_REGION);
  const { outbox, consistentAlerts: alerts, chains, clock, logger } = createAlertAdapters(config, documents, new DynamoTenantRegistry(documents, config.TABLE_NAME));
  return { outbox, alerts, chains, clock, logger, caseworkSchedule: new DynamoCaseworkSchedule(documents, config.TABLE_NAME) };
}

/** The sweeper: every due alert to the people on call (each behind its own delivery record) and the topic. */
export function createAlertSweeperCloudDependencies(env: NodeJS.ProcessEnv = process.env): AlertJobDependencies {
  const config = loadCloudConfig(env);
  const { ALERT_LINK_BASE, SMS_SENDER_ID } = loadEnvironment(AlertSweeperCloudConfig, env);
  const documents = createDocumentClient(config.AWS_REGION);
  const tenants = new DynamoTenantRegistry(documents, config.TABLE_NAME);
  return buildAlertSweeperDependencies({
    ...createAlertAdapters(config, documents, tenants),
    documents,
    tableName: config.TABLE_NAME,
    tenants,
    vault: createTenantVault(config, documents),
    linkBase: ALERT_LINK_BASE,
    senderId: SMS_SENDER_ID,
  });
}

/** What the sweeper is built from: the clients, the shared alert adapters, the stack's link base and sender ID. */
export interface AlertSweeperPorts extends Pick<AlertJobDependencies, 'clock' | 'logger'> {
  readonly chains: ChainSettings;
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly tenants: TenantRegistry;
  readonly vault: IdentityVault;
  readonly sns: SNSClient;
  /** The regency topics, behind the delivery log. */
  readonly topic: AlertPublisher;
  readonly outbox: DynamoAlertOutbox;
  readonly linkBase: string;
  readonly senderId?: string;
}

export function buildAlertSweeperDependencies(ports: AlertSweeperPorts): AlertJobDependencies {
  const { outbox, clock, logger } = ports;
  const phones = new SnsPhoneAlertPublisher(ports.sns, ports.tenants, ports.vault, ports.senderId);
  const alerts = buildOnCallAlertPublisher(ports.documents, ports.tableName, {
    tenants: ports.tenants,
    people: new IdempotentAlertPublisher(phones, outbox, clock, logger),
    topic: ports.topic,
    linkBase: () => ports.linkBase,
    clock,
    logger,
  });
  return { outbox, alerts, chains: ports.chains, clock, logger };
}
