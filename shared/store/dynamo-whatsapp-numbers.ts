/**
 * Which tenant a WhatsApp business number belongs to: one lookup item per phone-number id, written from
 * the tenant list (no scan), cached briefly per process like the tenant registry. Only numbers that have a
 * tenant are cached: the ids of unknown ones come from unverified bodies, and would grow the cache forever.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { WhatsAppNumberDirectory } from '../channels/whatsapp/ports.js';
import type { Tenant } from '../tenancy/tenant.js';
import { keys } from './table-design.js';

const CACHE_MS = 5 * 60_000;

export class DynamoWhatsAppNumberDirectory implements WhatsAppNumberDirectory {
  private readonly cache = new Map<string, { tenantId: string; until: number }>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly nowMs: () => number = Date.now,
  ) {}

  async findTenantId(phoneNumberId: string): Promise<string | undefined> {
    const cached = this.cache.get(phoneNumberId);
    if (cached && cached.until > this.nowMs()) return cached.tenantId;
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.whatsappNumber(phoneNumberId) }));
    const tenantId = typeof out.Item?.tenantId === 'string' ? out.Item.tenantId : undefined;
    if (tenantId === undefined) this.cache.delete(phoneNumberId);
    else this.cache.set(phoneNumberId, { tenantId, until: this.nowMs() + CACHE_MS });
    return tenantId;
  }
}

/** Writes (or refreshes) the lookup item of every tenant that has a WhatsApp number. */
export async function seedWhatsAppNumbers(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenants: readonly Tenant[],
): Promise<void> {
  for (const tenant of tenants) {
    if (!tenant.whatsapp) continue;
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.whatsappNumber(tenant.whatsapp.phoneNumberId),
          type: 'WhatsAppNumber',
          tenantId: tenant.id,
          phoneNumberId: tenant.whatsapp.phoneNumberId,
        },
      }),
    );
  }
}
