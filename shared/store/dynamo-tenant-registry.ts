/** TenantRegistry on DynamoDB: tenants live in the table (seeded from config/tenants.json); a process caches them briefly. */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Tenant, TENANT_ID_PATTERN } from '../tenancy/tenant.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { keys } from './table-design.js';

const CACHE_MS = 5 * 60_000;

export class DynamoTenantRegistry implements TenantRegistry {
  private readonly cache = new Map<string, { tenant: Tenant | undefined; until: number }>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly nowMs: () => number = Date.now,
  ) {}

  async find(tenantId: string): Promise<Tenant | undefined> {
    if (!TENANT_ID_PATTERN.test(tenantId)) return undefined;
    const cached = this.cache.get(tenantId);
    if (cached && cached.until > this.nowMs()) return cached.tenant;
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.tenant(tenantId) }));
    const parsed = out.Item ? Tenant.safeParse(out.Item.profile) : undefined;
    const tenant = parsed?.success ? parsed.data : undefined;
    this.cache.set(tenantId, { tenant, until: this.nowMs() + CACHE_MS });
    return tenant;
  }
}

/** Writes (or refreshes) each tenant's profile item. */
export async function seedTenants(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenants: readonly Tenant[],
): Promise<void> {
  for (const tenant of tenants) {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.tenant(tenant.id), type: 'Tenant', tenantId: tenant.id, profile: tenant },
      }),
    );
  }
}
