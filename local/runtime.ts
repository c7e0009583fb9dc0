/**
 * The whole product on one machine: embedded DynamoDB, local key, local alert outbox, and every
 * function's real handler behind a local API Gateway. Used by `npm start`, the tests and the bench.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createWebReportHandler, type WebReportDependencies } from '#functions/web-report/handler.js';
import { EnvelopeIdentityVault } from '#shared/crypto/identity-vault.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import type { AppLogger, Clock, IdGenerator } from '#shared/intake/ports.js';
import { ROUTES, type FunctionName } from '#shared/http/routes.js';
import { createLogger, systemClock, ulidGenerator, type LogLevel } from '#shared/platform.js';
import { DynamoCaseStore } from '#shared/store/dynamo-case-store.js';
import { DynamoTenantRegistry, seedTenants } from '#shared/tenancy/tenant-registry.js';
import { TenantsConfig } from '#shared/tenancy/tenant.js';
import { createApiGatewayBridge, type LambdaHttpHandler } from './api-gateway-bridge.js';
import { ensureTable, startEmbeddedDynamoDb, type EmbeddedDynamoDb } from './embedded-dynamodb.js';
import { loadOrCreateLocalKey } from './local-key.js';
import { LocalOutboxAlertPublisher } from './outbox-alert-publisher.js';

export const LOCAL_TABLE_NAME = 'lapor-aman-local';
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
}

export interface LocalRuntime {
  readonly url: string;
  readonly dynamoEndpoint: string;
  readonly tableName: string;
  readonly dynamo: EmbeddedDynamoDb;
  readonly deps: WebReportDependencies;
  readonly tenantIds: readonly string[];
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
    const config = loadTenantsConfig();
    await seedTenants(dynamo.documents, LOCAL_TABLE_NAME, config.tenants);

    const masterKey = options.masterKey ?? loadOrCreateLocalKey(join(requireDataDir(options), 'local-key'));
    const logger: AppLogger = createLogger(options.logLevel ?? 'WARN');
    const tenants = new DynamoTenantRegistry(dynamo.documents, LOCAL_TABLE_NAME);
    const deps: WebReportDependencies = {
      tenants,
      cases: new DynamoCaseStore(dynamo.documents, LOCAL_TABLE_NAME),
      vault: new EnvelopeIdentityVault(new MasterKeyDataKeyProvider(masterKey)),
      alerts: new LocalOutboxAlertPublisher(dynamo.documents, LOCAL_TABLE_NAME, tenants, print),
      clock: options.clock ?? systemClock,
      ids: options.ids ?? ulidGenerator,
      logger,
    };
    const handlers: Record<FunctionName, LambdaHttpHandler> = {
      'web-report': createWebReportHandler(deps),
    };

    const server = createServer(createApiGatewayBridge({ routes: ROUTES, handlers, logRequest: print }));
    await listen(server, options.port ?? 0);
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://localhost:${port}`,
      dynamoEndpoint: dynamo.endpoint,
      tableName: LOCAL_TABLE_NAME,
      dynamo,
      deps,
      tenantIds: config.tenants.map((t) => t.id),
      stop: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}

function requireDataDir(options: LocalRuntimeOptions): string {
  if (!options.dataDir) throw new Error('a dataDir or a masterKey is required');
  return options.dataDir;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
}
