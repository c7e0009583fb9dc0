/**
 * The whole product on one machine: embedded DynamoDB, local key, local alert outbox, and every
 * function's real handler behind a local API Gateway. Used by `npm start`, the tests and the bench.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { hkdfSync } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { HmacAddressDigester } from '#shared/abuse/client-address.js';
import { type AbuseLimits, DEFAULT_ABUSE_LIMITS } from '#shared/abuse/limits.js';
import type { WhatsAppSender } from '#shared/channels/whatsapp/ports.js';
import type { DataKeyProvider } from '#shared/crypto/data-key-provider.js';
import { DynamoRateCounters } from '#shared/store/dynamo-rate-limits.js';
import { createWebReportHandler, type WebReportDependencies } from '#functions/web-report/handler.js';
import { createCallCenterHandler } from '#functions/call-center/handler.js';
import { EnvelopeIdentityVault } from '#shared/crypto/identity-vault.js';
import { DynamoCaseSecretStore } from '#shared/store/dynamo-case-secret-store.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import type { AppLogger, Clock, IdGenerator } from '#shared/intake/ports.js';
import { ROUTES, type FunctionName } from '#shared/http/routes.js';
import { createLogger, systemClock, ulidGenerator, type LogLevel } from '#shared/platform.js';
import { DynamoCaseStore } from '#shared/store/dynamo-case-store.js';
import { DynamoTenantRegistry, seedTenants } from '#shared/store/dynamo-tenant-registry.js';
import { DynamoApiKeyStore } from '#shared/store/dynamo-api-key-store.js';
import { TenantsConfig } from '#shared/tenancy/tenant.js';
import { answerClientError } from './client-errors.js';
import { createApiGatewayBridge, isolateRequests, type LambdaHttpHandler } from './api-gateway-bridge.js';
import { ensureTable, startEmbeddedDynamoDb, type EmbeddedDynamoDb } from './embedded-dynamodb.js';
import { loadOrCreateLocalKey } from './local-key.js';
import { loadOrCreateCallCenterKeys, registerCallCenterKeys } from './call-center-keys.js';
import { LocalOutboxAlertPublisher, readLocalOutbox } from './outbox-alert-publisher.js';
import { startAlertJobTimer } from './alert-job-timer.js';
import { withLocalOutboxRoute } from './local-outbox-route.js';
import { addMissingIndexes } from './missing-indexes.js';
import { createWhatsAppWebhookHandler } from '#functions/whatsapp-webhook/handler.js';
import { DynamoReporterThread } from '#shared/store/dynamo-reporter-thread.js';
import { deliverOwedMessages } from '#shared/channels/whatsapp/reporter-line.js';
import { createLocalWhatsApp, type LocalWhatsApp } from './whatsapp-runtime.js';
import { withLocalWhatsAppRoutes } from './whatsapp-routes.js';
import { createLocalStaff, type LocalStaff } from './dev-login-wiring.js';
import { type EscalationReport, escalateOverdueCases } from '#shared/alerts/escalate-overdue-cases.js';
import {
  type CaseworkReminderDependencies,
  type CaseworkReminderReport,
  remindCaseworkDeadlines,
} from '#shared/alerts/casework-reminders.js';
import { DynamoCaseworkSchedule } from '#shared/store/dynamo-casework-schedule.js';
import { applyRetention, type RetentionReport } from '#shared/pdp/apply-retention.js';
import { createRetentionDependencies } from '#shared/wiring/retention-dependencies.js';
import type { AlertJobDependencies } from '#shared/alerts/ports.js';
import { IdempotentAlertPublisher } from '#shared/alerts/idempotent-alert-publisher.js';
import { type SweepReport, sweepAlertOutbox } from '#shared/alerts/sweep-alert-outbox.js';
import type { AlertPublisher } from '#shared/intake/ports.js';
import { DynamoAlertOutbox } from '#shared/store/dynamo-alert-outbox.js';
import { DynamoSmsDeliveryFailures } from '#shared/store/dynamo-sms-delivery-failures.js';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createSmsDeliveryStatusHandler } from '#functions/sms-delivery-status/handler.js';
import type { Context } from 'aws-lambda';
import { SimulatedCarrier } from './simulated-carrier.js';
import { withLocalCarrierRoute } from './carrier-route.js';
import { withLocalRuntimeRoute } from './runtime-route.js';
import { buildOnCallAlertPublisher } from '#shared/wiring/on-call-alerts.js';
import { DynamoStaffDirectory } from '#shared/store/dynamo-staff-directory.js';

export const LOCAL_TABLE_NAME = 'lapor-aman-local';
export const LOCAL_CASE_SECRETS_TABLE_NAME = 'lapor-aman-local-case-secrets';
const REQUEST_TIMEOUT_MS = 30_000;
/** The Region the embedded DynamoDB's client names (dynalite ignores it). */
export const LOCAL_REGION = 'ap-southeast-3';
const TENANTS_FILE = new URL('../config/tenants.json', import.meta.url);

export interface LocalRuntimeOptions {
  /** Where data, the key and generated secrets persist; omit for an in-memory database (tests). */
  readonly dataDir?: string;
  /** Master key to use instead of `<dataDir>/local-key` (tests without a data folder). */
  readonly masterKey?: Buffer;
  readonly port?: number;
  readonly dynamoPort?: number;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly logLevel?: LogLevel;
  /** Console lines (request log, alerts). */
  readonly print?: (line: string) => void;
  /** How often the alert sweeper and SLA escalation run, like the cloud schedules; 0: never (tests run them). */
  readonly alertJobIntervalMs?: number;
  /** How often the retention job runs (and once at start), like its cloud schedule; 0 or absent: never (tests run it). */
  readonly retentionIntervalMs?: number;
  /** Wraps the local alert transport, e.g. to simulate an SNS outage in a test. */
  readonly decorateAlertPublisher?: (publisher: AlertPublisher) => AlertPublisher;
  /** Wraps the DynamoDB client the functions use (seeding and the local outbox keep the plain one): fault tests. */
  readonly decorateDocuments?: (documents: DynamoDBDocumentClient) => DynamoDBDocumentClient;
  /** Wraps the data-key provider of case and draft encryption (KMS in the cloud): fault tests. */
  readonly decorateDataKeys?: (keys: DataKeyProvider) => DataKeyProvider;
  /** Wraps the WhatsApp reply sender (the Graph API in the cloud): fault tests. */
  readonly decorateWhatsAppSender?: (sender: WhatsAppSender) => WhatsAppSender;
  /** Abuse limits instead of the deployment's defaults (tests that send more than one client would). */
  readonly abuseLimits?: AbuseLimits;
}

export interface LocalRuntime {
  readonly url: string;
  readonly dynamoEndpoint: string;
  readonly tableName: string;
  readonly dynamo: EmbeddedDynamoDb;
  /** The per-case secrets (crypto-shredding), in their own table as in the cloud. */
  readonly caseSecrets: DynamoCaseSecretStore;
  readonly deps: WebReportDependencies;
  readonly tenantIds: readonly string[];
  /** A call-center API key per tenant that runs a call center (`x-api-key`); only hashes are in the table. */
  readonly callCenterKeys: Readonly<Record<string, string>>;
  /** The WhatsApp webhook's local secrets, reply outbox and dependencies (tests, simulator). */
  readonly whatsapp: LocalWhatsApp;
  /** Staff sign-in (seeded staff, `tokenFor`) and the staff functions' dependencies (tests). */
  readonly staff: LocalStaff;
  /** What the alert jobs run with (the same outbox and publisher intake uses). */
  readonly alertJobDeps: AlertJobDependencies & CaseworkReminderDependencies;
  /** The simulated phone carriers: `refuseNext(n)` makes the next n alert SMS fail after SNS accepted them. */
  readonly carrier: SimulatedCarrier;
  /** One run of the alert sweeper, as the cloud schedule would trigger it. */
  sweepAlerts(): Promise<SweepReport>;
  /** One run of the SLA escalation job. */
  escalateOverdueCases(): Promise<EscalationReport>;
  /** One run of the case-work reminders (TPKS clock, follow-ups), on the SLA job's schedule in the cloud. */
  remindCasework(): Promise<CaseworkReminderReport>;
  /** One run of the retention job (shared/pdp/apply-retention.ts), at the runtime's clock. */
  applyRetention(): Promise<RetentionReport>;
  stop(): Promise<void>;
}

export function loadTenantsConfig(): TenantsConfig {
  return TenantsConfig.parse(JSON.parse(readFileSync(TENANTS_FILE, 'utf8')));
}

export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const print = options.print ?? ((line: string) => console.log(line));
  const dynamo = await startEmbeddedDynamoDb({
    path: options.dataDir ? join(options.dataDir, 'dynamodb') : undefined,
    port: options.dynamoPort,
  });
  try {
    await ensureTable(dynamo.client, LOCAL_TABLE_NAME);
    await ensureTable(dynamo.client, LOCAL_CASE_SECRETS_TABLE_NAME, []);
    await addMissingIndexes(dynamo, LOCAL_TABLE_NAME, print);
    const config = loadTenantsConfig();
    await seedTenants(dynamo.documents, LOCAL_TABLE_NAME, config.tenants);

    const masterKey = options.masterKey ?? loadOrCreateLocalKey(join(requireDataDir(options), 'local-key'));
    const logger: AppLogger = createLogger(options.logLevel ?? 'WARN');
    const documents = options.decorateDocuments?.(dynamo.documents) ?? dynamo.documents;
    const tenants = new DynamoTenantRegistry(documents, LOCAL_TABLE_NAME);
    const clock = options.clock ?? systemClock;
    const outbox = new DynamoAlertOutbox(documents, LOCAL_TABLE_NAME);
    const dataKeys = new MasterKeyDataKeyProvider(masterKey);
    const caseSecrets = new DynamoCaseSecretStore(documents, LOCAL_CASE_SECRETS_TABLE_NAME);
    const vault = new EnvelopeIdentityVault(options.decorateDataKeys?.(dataKeys) ?? dataKeys, caseSecrets);
    // Locally the client-address key is derived from the local key: one secret to keep, none to configure.
    const addressKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'lapor-aman/client-address-key/v1', 32));
    const carrier = new SimulatedCarrier((event) => smsDeliveryStatus(event, LOCAL_CONTEXT), clock, print);
    const transport = carrier.carry(new LocalOutboxAlertPublisher(dynamo.documents, LOCAL_TABLE_NAME, tenants, clock, print));
    const delivered = carrier.reportRefusals(
      new IdempotentAlertPublisher(options.decorateAlertPublisher?.(transport) ?? transport, outbox, clock, logger),
    );
    // Links in alert SMS point at this server once it listens.
    let linkBase = 'http://localhost';
    const alertJobDeps: AlertJobDependencies & CaseworkReminderDependencies = {
      caseworkSchedule: new DynamoCaseworkSchedule(documents, LOCAL_TABLE_NAME),
      outbox,
      alerts: buildOnCallAlertPublisher(documents, LOCAL_TABLE_NAME, {
        tenants,
        people: delivered,
        topic: delivered,
        linkBase: () => linkBase,
        clock,
        logger,
      }),
      chains: new DynamoStaffDirectory(documents, LOCAL_TABLE_NAME),
      clock,
      logger,
    };
    // The carrier's refusals go to the function the cloud subscribes to SNS's failure log.
    const smsDeliveryStatus = createSmsDeliveryStatusHandler(
      { failures: new DynamoSmsDeliveryFailures(documents, LOCAL_TABLE_NAME), logger, chain: alertJobDeps },
      new Metrics(),
    );
    const deps: WebReportDependencies = {
      tenants,
      cases: new DynamoCaseStore(documents, LOCAL_TABLE_NAME),
      thread: new DynamoReporterThread(documents, LOCAL_TABLE_NAME),
      vault,
      alerts: alertJobDeps.alerts,
      clock,
      ids: options.ids ?? ulidGenerator,
      logger,
      abuse: {
        counters: new DynamoRateCounters(documents, LOCAL_TABLE_NAME),
        limits: options.abuseLimits ?? DEFAULT_ABUSE_LIMITS,
        addresses: new HmacAddressDigester(async () => addressKey),
      },
    };
    const apiKeys = new DynamoApiKeyStore(documents, LOCAL_TABLE_NAME);
    const callCenterKeys = loadOrCreateCallCenterKeys(
      options.dataDir ? join(options.dataDir, 'call-center-keys.json') : undefined,
      config.tenants.filter((t) => t.channels.includes('call-center')).map((t) => t.id),
    );
    await registerCallCenterKeys(apiKeys, callCenterKeys, new Date());
    const whatsapp = await createLocalWhatsApp({
      dataDir: options.dataDir,
      masterKey,
      documents,
      tableName: LOCAL_TABLE_NAME,
      tenantList: config.tenants,
      deps,
      print,
      decorateSender: options.decorateWhatsAppSender,
    });
    const staff = createLocalStaff({
      dataDir: options.dataDir,
      tenantList: config.tenants,
      documents,
      tableName: LOCAL_TABLE_NAME,
      deps,
      media: whatsapp.deps.media,
      reporterChat: { deliverOwed: (tenant, caseId) => deliverOwedMessages(whatsapp.deps, tenant, caseId) },
    });
    const handlers: Record<FunctionName, LambdaHttpHandler> = {
      'web-report': createWebReportHandler(deps),
      'call-center': createCallCenterHandler({ ...deps, apiKeys }),
      'whatsapp-webhook': createWhatsAppWebhookHandler(whatsapp.deps),
      ...staff.handlers,
    };

    const bridge = createApiGatewayBridge({ routes: ROUTES, handlers, logRequest: print });
    const readOutbox = () => readLocalOutbox(dynamo.documents, LOCAL_TABLE_NAME);
    const localRoutes = withLocalRuntimeRoute(
      withLocalCarrierRoute(withLocalOutboxRoute(bridge, readOutbox, print), carrier),
      { dynamoEndpoint: dynamo.endpoint, tableName: LOCAL_TABLE_NAME, region: LOCAL_REGION },
    );
    const server = createServer(
      isolateRequests(staff.withDevLogin(withLocalWhatsAppRoutes(localRoutes, whatsapp.outbox, whatsapp.appSecret), print)),
    );
    // API Gateway's own limit: a request that has not arrived whole after 30 s gets a 408 and its connection
    // closes, so that trickling clients cannot hold the server's sockets.
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = REQUEST_TIMEOUT_MS;
    server.on('clientError', answerClientError);
    await listen(server, options.port ?? 0);
    const alertJobIntervalMs = options.alertJobIntervalMs ?? 60_000;
    const alertTimer =
      alertJobIntervalMs > 0
        ? startAlertJobTimer(
            async () => {
              // Two schedules in the cloud: a failed sweep must not skip this tick's escalations.
              const sweepFailure = await sweepAlertOutbox(alertJobDeps).then(
                () => undefined,
                (error: unknown) => error,
              );
              await escalateOverdueCases(alertJobDeps);
              await remindCaseworkDeadlines(alertJobDeps);
              if (sweepFailure) throw sweepFailure;
            },
            alertJobIntervalMs,
            print,
          )
        : undefined;
    const runRetention = () =>
      applyRetention(
        createRetentionDependencies({ documents, tableName: LOCAL_TABLE_NAME, vault, media: whatsapp.deps.media, tenants, clock, logger }),
      );
    const retentionTimer = options.retentionIntervalMs
      ? startAlertJobTimer(async () => void (await runRetention()), options.retentionIntervalMs, print, {
          label: 'retention',
          runAtStart: true,
        })
      : undefined;
    const { port } = server.address() as AddressInfo;
    linkBase = `http://localhost:${port}`;
    return {
      url: `http://localhost:${port}`,
      dynamoEndpoint: dynamo.endpoint,
      tableName: LOCAL_TABLE_NAME,
      dynamo,
      caseSecrets,
      deps,
      tenantIds: config.tenants.map((t) => t.id),
      callCenterKeys,
      whatsapp,
      staff,
      alertJobDeps,
      carrier,
      sweepAlerts: () => sweepAlertOutbox(alertJobDeps),
      escalateOverdueCases: () => escalateOverdueCases(alertJobDeps),
      remindCasework: () => remindCaseworkDeadlines(alertJobDeps),
      applyRetention: runRetention,
      stop: async () => {
        await carrier.settled();
        await alertTimer?.stop();
        await retentionTimer?.stop();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await dynamo.stop();
        whatsapp.dispose();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}

/** What the local handlers get as Lambda context (they read none of it). */
const LOCAL_CONTEXT = { functionName: 'local', getRemainingTimeInMillis: () => 60_000 } as Context;

function requireDataDir(options: LocalRuntimeOptions): string {
  if (!options.dataDir) throw new Error('a dataDir or a masterKey is required');
  return options.dataDir;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // This machine only: the dev login signs in anyone as any regency's staff, without a password.
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
