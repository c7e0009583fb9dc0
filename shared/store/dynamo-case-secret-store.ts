/** The per-case secrets on DynamoDB: their own table, without PITR or backups (see infra/constructs/case-secret-table.ts). */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseSecretState, CaseSecretStore } from '../crypto/case-secrets.js';
import { isConditionFailure } from './condition-failure.js';
import { caseSecretKey } from './table-design.js';

export class DynamoCaseSecretStore implements CaseSecretStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async find(tenantId: string, caseId: string): Promise<CaseSecretState> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: caseSecretKey(tenantId, caseId), ConsistentRead: true }),
    );
    return stateOf(out.Item);
  }

  async create(tenantId: string, caseId: string, secret: Buffer): Promise<CaseSecretState> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...caseSecretKey(tenantId, caseId), secret },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return { state: 'active', secret };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Another sealer of the same case won the race (or the case was destroyed): theirs holds.
      return this.find(tenantId, caseId);
    }
  }

  async destroy(tenantId: string, caseId: string, at: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: caseSecretKey(tenantId, caseId),
        UpdateExpression: 'REMOVE #secret SET #destroyedAt = if_not_exists(#destroyedAt, :at)',
        ExpressionAttributeNames: { '#secret': 'secret', '#destroyedAt': 'destroyedAt' },
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }
}

function stateOf(item: Record<string, unknown> | undefined): CaseSecretState {
  if (!item) return { state: 'absent' };
  if (typeof item.destroyedAt === 'string') return { state: 'destroyed', destroyedAt: item.destroyedAt };
  if (item.secret instanceof Uint8Array) return { state: 'active', secret: Buffer.from(item.secret) };
  return { state: 'absent' };
}
