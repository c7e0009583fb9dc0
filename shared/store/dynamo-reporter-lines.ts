/**
 * WhatsApp reporter lines on DynamoDB: one line item in the case's own partition (the sealed recipient and
 * the delivery state of staff messages), and one pointer per identity of the reporter (blind index) to the
 * case they filed last. No number is stored in plaintext: the recipient is sealed, the pointers are HMACs.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DeliveryProgress, NewReporterLine, ReporterLine, ReporterLineStore } from '../channels/whatsapp/reporter-line.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import type { TimelineEntry } from '../staff/timeline.js';
import { isConditionFailure } from './condition-failure.js';
import { DynamoCaseStore } from './dynamo-case-store.js';
import { DynamoReporterThread } from './dynamo-reporter-thread.js';
import { queryItems } from './query-items.js';
import { CASE_EVENT_PREFIX, keys } from './table-design.js';

export class DynamoReporterLines extends DynamoReporterThread implements ReporterLineStore {
  async saveLine(line: NewReporterLine, identityKeys: readonly string[]): Promise<void> {
    const { tenantId, caseId } = line;
    // A retried filing keeps what was delivered: only the recipient and the last message time are (re)set.
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.reporterLine(tenantId, caseId),
        UpdateExpression:
          'SET #type = :type, tenantId = :tenant, caseId = :case, recipient = :recipient, lastInboundAt = :at, deliveredThrough = if_not_exists(deliveredThrough, :zero), noticeFor = if_not_exists(noticeFor, :zero)',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':type': 'ReporterLine',
          ':tenant': tenantId,
          ':case': caseId,
          ':recipient': line.recipient,
          ':at': line.lastInboundAt,
          ':zero': 0,
        },
      }),
    );
    await Promise.all(
      identityKeys.map((identityKey) =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.whatsappLine(tenantId, identityKey), type: 'ReporterLinePointer', caseId },
          }),
        ),
      ),
    );
  }

  async findCaseOf(tenantId: string, identityKeys: readonly string[]): Promise<string | undefined> {
    for (const identityKey of identityKeys) {
      const out = await this.db.send(
        new GetCommand({ TableName: this.tableName, Key: keys.whatsappLine(tenantId, identityKey), ConsistentRead: true }),
      );
      if (typeof out.Item?.caseId === 'string') return out.Item.caseId;
    }
    return undefined;
  }

  async findLine(tenantId: string, caseId: string): Promise<ReporterLine | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.reporterLine(tenantId, caseId), ConsistentRead: true }),
    );
    const item = out.Item;
    if (item?.type !== 'ReporterLine') return undefined;
    return {
      tenantId,
      caseId,
      recipient: item.recipient,
      lastInboundAt: String(item.lastInboundAt),
      deliveredThrough: Number(item.deliveredThrough ?? 0),
      noticeFor: Number(item.noticeFor ?? 0),
      ...(typeof item.threadOpenUntil === 'string' ? { threadOpenUntil: item.threadOpenUntil } : {}),
    };
  }

  async touchInbound(tenantId: string, caseId: string, at: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.reporterLine(tenantId, caseId),
          UpdateExpression: 'SET lastInboundAt = :at',
          ConditionExpression: 'attribute_exists(PK) AND lastInboundAt < :at',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async claim(tenantId: string, caseId: string, now: string, until: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.reporterLine(tenantId, caseId),
          UpdateExpression: 'SET deliveringUntil = :until',
          ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(deliveringUntil) OR deliveringUntil < :now)',
          ExpressionAttributeValues: { ':until': until, ':now': now },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async recordProgress(tenantId: string, caseId: string, progress: DeliveryProgress): Promise<void> {
    const set = Object.entries(progress).filter(([, value]) => value !== undefined);
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.reporterLine(tenantId, caseId),
        UpdateExpression: set.length ? `SET ${set.map(([name]) => `#${name} = :${name}`).join(', ')}` : 'SET deliveredThrough = deliveredThrough',
        ExpressionAttributeNames: Object.fromEntries(set.map(([name]) => [`#${name}`, name])),
        ExpressionAttributeValues: set.length ? Object.fromEntries(set.map(([name, value]) => [`:${name}`, value])) : undefined,
      }),
    );
  }

  async release(tenantId: string, caseId: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({ TableName: this.tableName, Key: keys.reporterLine(tenantId, caseId), UpdateExpression: 'REMOVE deliveringUntil' }),
    );
  }

  async messagesAfter(tenantId: string, caseId: string, version: number): Promise<{ version: number; entry: TimelineEntry }[]> {
    const items = await queryItems(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :after AND :end',
      ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK', '#version': 'version', '#entry': 'entry' },
      ExpressionAttributeValues: {
        ':pk': keys.caseHistory(tenantId, caseId),
        ':after': keys.caseEvent(tenantId, caseId, version + 1).SK,
        ':end': `${CASE_EVENT_PREFIX}~`,
      },
      ProjectionExpression: '#version, #entry',
      ConsistentRead: true,
    });
    return items
      .map((item) => ({ version: Number(item.version), entry: item.entry as TimelineEntry }))
      .filter(({ entry }) => entry.kind === 'message');
  }

  async caseStatus(tenantId: string, caseId: string): Promise<CaseStatus | undefined> {
    return (await new DynamoCaseStore(this.db, this.tableName).findFiledCase(tenantId, caseId))?.status;
  }
}
