/** ApiKeyStore on DynamoDB: one item per key, keyed by the key's hash, so one GetItem finds the tenant. */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ApiKeyRecord, ApiKeyStore } from '../tenancy/api-keys.js';
import { isConditionFailure } from './condition-failure.js';
import { keys } from './table-design.js';

/** The item as stored; also printed by `npm run call-center-key` for `aws dynamodb put-item`. */
export function callCenterKeyItem(record: ApiKeyRecord): Record<string, string> {
  return {
    ...keys.callCenterKey(record.keyHash),
    type: 'ApiKey',
    scope: 'call-center',
    tenantId: record.tenantId,
    keyHash: record.keyHash,
    createdAt: record.createdAt,
    ...(record.label ? { label: record.label } : {}),
  };
}

export class DynamoApiKeyStore implements ApiKeyStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async findCallCenterKey(keyHash: string): Promise<ApiKeyRecord | undefined> {
    // Consistent: a deleted (revoked) key stops working at once.
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.callCenterKey(keyHash), ConsistentRead: true }),
    );
    const item = out.Item;
    if (!item || typeof item.tenantId !== 'string' || typeof item.keyHash !== 'string') return undefined;
    return {
      keyHash: item.keyHash,
      tenantId: item.tenantId,
      createdAt: String(item.createdAt),
      ...(typeof item.label === 'string' ? { label: item.label } : {}),
    };
  }

  async saveCallCenterKey(record: ApiKeyRecord): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: callCenterKeyItem(record),
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}
