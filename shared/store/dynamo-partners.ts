/** The partner directory and the case-work audit log, in the tenant's partition. */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseworkAuditEntry, Partner, PartnerDirectory } from '../staff/partners.js';
import { isConditionFailure } from './condition-failure.js';
import { queryItems } from './query-items.js';
import { keys } from './table-design.js';

const PARTNER_PREFIX = 'PARTNER#';
const AUDIT_PREFIX = 'AUDIT#CASEWORK#';
const KEY_ATTRIBUTES = ['PK', 'SK', 'type'];

export class DynamoPartnerDirectory implements PartnerDirectory {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listPartners(tenantId: string): Promise<Partner[]> {
    return (await this.listWithPrefix(tenantId, PARTNER_PREFIX)).map((item) => withoutKeys<Partner>(item));
  }

  async findPartner(tenantId: string, partnerId: string): Promise<Partner | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.partner(tenantId, partnerId), ConsistentRead: true }));
    return out.Item?.type === 'Partner' ? (withoutKeys<Partner>(out.Item)) : undefined;
  }

  async addPartner(partner: Partner): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.partner(partner.tenantId, partner.partnerId), type: 'Partner', ...partner },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  async disablePartner(tenantId: string, partnerId: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.partner(tenantId, partnerId),
          UpdateExpression: 'SET #active = :inactive',
          ConditionExpression: '#type = :partner',
          ExpressionAttributeNames: { '#active': 'active', '#type': 'type' },
          ExpressionAttributeValues: { ':inactive': false, ':partner': 'Partner' },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async recordAudit(entry: CaseworkAuditEntry): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.caseworkAudit(entry.tenantId, entry.auditId), type: 'CaseworkAudit', ...entry },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  async listAudit(tenantId: string): Promise<CaseworkAuditEntry[]> {
    const items = await this.listWithPrefix(tenantId, AUDIT_PREFIX);
    return items.map((item) => withoutKeys<CaseworkAuditEntry>(item)).reverse();
  }

  private listWithPrefix(tenantId: string, prefix: string) {
    return queryItems(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenant(tenantId).PK, ':prefix': prefix },
    });
  }
}

/** An item as its type: what this adapter itself wrote, minus the table's own attributes. */
function withoutKeys<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.includes(name))) as T;
}
