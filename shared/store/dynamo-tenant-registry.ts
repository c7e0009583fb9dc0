/** TenantRegistry on DynamoDB: tenants live in the table (seeded from config/tenants.json); a process caches them briefly. */
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ChainSettings } from '../alerts/ports.js';
import { Tenant, TENANT_ID_PATTERN } from '../tenancy/tenant.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { keys } from './table-design.js';

const CACHE_MS = 5 * 60_000;

interface CachedTenant {
  readonly tenant: Tenant | undefined;
  /** A rota once saved is never deleted, so this fact only ever turns true (markRotaSaved). */
  readonly hasRota: boolean;
  readonly until: number;
}

/**
 * Also answers "does this regency keep a rota" from the same cached item, so the reporter's path reads
 * no rota (shared/alerts/sweeper-hand-off.ts); jobs that must see a first rota at once read it themselves.
 */
export class DynamoTenantRegistry implements TenantRegistry, ChainSettings {
  private readonly cache = new Map<string, CachedTenant>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly nowMs: () => number = Date.now,
  ) {}

  async find(tenantId: string): Promise<Tenant | undefined> {
    return (await this.load(tenantId))?.tenant;
  }

  async hasRota(tenantId: string): Promise<boolean> {
    return (await this.load(tenantId))?.hasRota ?? false;
  }

  private async load(tenantId: string): Promise<CachedTenant | undefined> {
    if (!TENANT_ID_PATTERN.test(tenantId)) return undefined;
    const cached = this.cache.get(tenantId);
    if (cached && cached.until > this.nowMs()) return cached;
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.tenant(tenantId) }));
    const parsed = out.Item ? Tenant.safeParse(out.Item.profile) : undefined;
    const loaded = {
      tenant: parsed?.success ? parsed.data : undefined,
      hasRota: typeof out.Item?.rotaSavedAt === 'string',
      until: this.nowMs() + CACHE_MS,
    };
    this.cache.set(tenantId, loaded);
    return loaded;
  }
}

/**
 * The update that writes (or refreshes) a tenant's profile. An update, not a put: the tenant item also
 * carries facts the product writes (`rotaSavedAt`), which re-seeding and deploys must keep. The CDK seed
 * (infra/constructs/tenant-seed.ts) sends the same update.
 */
export function tenantProfileUpdate(tenant: Tenant) {
  return {
    Key: keys.tenant(tenant.id),
    UpdateExpression: 'SET #type = :type, tenantId = :tenantId, profile = :profile',
    ExpressionAttributeNames: { '#type': 'type' },
    ExpressionAttributeValues: { ':type': 'Tenant', ':tenantId': tenant.id, ':profile': tenant },
  };
}

/** Writes (or refreshes) each tenant's profile item. */
export async function seedTenants(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenants: readonly Tenant[],
): Promise<void> {
  for (const tenant of tenants) {
    await db.send(new UpdateCommand({ TableName: tableName, ...tenantProfileUpdate(tenant) }));
  }
}

/** Notes on the tenant item that the regency keeps a rota (idempotent: every rota save sets it again). */
export async function markRotaSaved(db: DynamoDBDocumentClient, tableName: string, tenantId: string, at: string): Promise<void> {
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.tenant(tenantId),
      UpdateExpression: 'SET rotaSavedAt = :at',
      ExpressionAttributeValues: { ':at': at },
    }),
  );
}
