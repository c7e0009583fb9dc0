/**
 * The retention schedule on DynamoDB: the sparse `retentionDue` index (closing puts a case in it, see
 * FIELD_ATTRIBUTES.closedAt), moves along it conditioned on the case's place, the tombstone as a case change.
 */
import { BatchWriteCommand, type BatchWriteCommandOutput, DeleteCommand, type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RetentionSchedule, ScheduledCase } from '../pdp/ports.js';
import { type RetentionStage, type RetentionWatch, retentionSortKey, retentionStagePrefix } from '../pdp/retention-watch.js';
import type { ErasureOrder, RetentionTombstone } from '../staff/timeline.js';
import { isConditionFailure } from './condition-failure.js';
import type { DynamoCaseHistory } from './dynamo-case-history.js';
import { queryItems } from './query-items.js';
import { CASE_EVENT_PREFIX, GSI, keys, RETENTION_PARTITION } from './table-design.js';

/** BatchWriteItem takes at most 25 requests. */
const BATCH = 25;

export class DynamoRetentionSchedule implements RetentionSchedule {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly history: DynamoCaseHistory,
  ) {}

  async listStage(stage: RetentionStage, before: string, limit: number): Promise<ScheduledCase[]> {
    const prefix = retentionStagePrefix(stage);
    const items = await queryItems(
      this.db,
      {
        TableName: this.tableName,
        IndexName: GSI.retentionDue.name,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :until',
        ExpressionAttributeNames: { '#pk': GSI.retentionDue.partitionKey, '#sk': GSI.retentionDue.sortKey },
        // `closed`: every unplanned case (planning is what gives them a due time).
        ExpressionAttributeValues: { ':pk': RETENTION_PARTITION, ':from': prefix, ':until': stage === 'closed' ? `${prefix}~` : `${prefix}${before}` },
      },
      limit,
    );
    return items.map((item) => ({
      tenantId: String(item.tenantId),
      caseId: String(item.caseId),
      at: String(item.retSk).split('#')[1] ?? '',
      ...(typeof item.closedAt === 'string' ? { closedAt: item.closedAt } : {}),
      personalDataDestroyedAt: typeof item.personalDataDestroyedAt === 'string' ? item.personalDataDestroyedAt : undefined,
      ...(item.erasure ? { erasure: item.erasure as ErasureOrder } : {}),
    }));
  }

  async stillDue(scheduled: ScheduledCase, stage: RetentionStage): Promise<boolean> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.case(scheduled.tenantId, scheduled.caseId),
        ProjectionExpression: '#retSk, #legalHold',
        ExpressionAttributeNames: { '#retSk': 'retSk', '#legalHold': 'legalHold' },
        ConsistentRead: true,
      }),
    );
    const expected = retentionSortKey({ stage, at: scheduled.at }, scheduled.tenantId, scheduled.caseId);
    return out.Item?.legalHold === undefined && out.Item?.retSk === expected;
  }

  async moveTo(scheduled: ScheduledCase, from: RetentionStage, next: RetentionWatch): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.case(scheduled.tenantId, scheduled.caseId),
          UpdateExpression: 'SET #retSk = :next',
          ConditionExpression: '#retSk = :current AND attribute_not_exists(#legalHold)',
          ExpressionAttributeNames: { '#retSk': 'retSk', '#legalHold': 'legalHold' },
          ExpressionAttributeValues: {
            ':current': retentionSortKey({ stage: from, at: scheduled.at }, scheduled.tenantId, scheduled.caseId),
            ':next': retentionSortKey(next, scheduled.tenantId, scheduled.caseId),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async recordDestruction(tenantId: string, caseId: string, tombstone: RetentionTombstone, next: RetentionWatch | undefined): Promise<void> {
    await this.history.appendUnversioned(tenantId, caseId, 'retention-personal', () => ({
      entry: tombstone,
      set: { ...(next ? { retentionWatch: next } : {}), personalDataDestroyedAt: tombstone.at },
      ...(next ? {} : { remove: ['retentionWatch'] as const }),
    }));
  }

  async removeCase(tenantId: string, caseId: string): Promise<void> {
    const events = await queryItems(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
      ExpressionAttributeValues: { ':pk': keys.caseHistory(tenantId, caseId), ':prefix': CASE_EVENT_PREFIX },
      ProjectionExpression: '#pk, #sk',
    });
    // The history first: a run that stops midway leaves the case item, so the case is still found and finished.
    for (let start = 0; start < events.length; start += BATCH) {
      const requests = events.slice(start, start + BATCH).map((event) => ({ DeleteRequest: { Key: { PK: event.PK, SK: event.SK } } }));
      let unprocessed: Record<string, unknown>[] | undefined = requests;
      for (let tries = 0; unprocessed?.length && tries < 5; tries++) {
        const out: BatchWriteCommandOutput = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: unprocessed as never } }));
        unprocessed = out.UnprocessedItems?.[this.tableName];
      }
      if (unprocessed?.length) throw new Error('history items left after retries');
    }
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keys.case(tenantId, caseId) }));
  }
}
