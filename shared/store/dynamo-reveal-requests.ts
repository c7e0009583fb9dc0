/**
 * Reveal requests: one item per request in the tenant's partition (ULID ids sort them oldest first), decided
 * once by a conditional update; a grant's use is its own write-once item, so an approval opens one reveal.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TimeWindow } from '../staff/ports.js';
import type {
  RevealDecision,
  RevealGrantLedger,
  RevealRequestRecord,
  RevealRequestStore,
} from '../staff/reveal-request-ports.js';
import { isConditionFailure } from './condition-failure.js';
import { queryItems } from './query-items.js';
import { keys } from './table-design.js';

const REQUEST_PREFIX = 'REVEALREQ#';
const USE_PREFIX = 'REVEALUSE#';
const RECORD_FIELDS = [
  'requestId',
  'tenantId',
  'caseId',
  'reference',
  'requestedAt',
  'requestedBy',
  'reasonKind',
  'reason',
  'status',
  'decidedAt',
  'decidedBy',
  'validUntil',
  'usedAt',
] as const;

export class DynamoRevealRequests implements RevealRequestStore, RevealGrantLedger {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createRequest(request: RevealRequestRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.revealRequest(request.tenantId, request.requestId), type: 'RevealRequest', ...request },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  async findRequest(tenantId: string, requestId: string): Promise<RevealRequestRecord | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.revealRequest(tenantId, requestId) }));
    return out.Item ? toRecord(out.Item) : undefined;
  }

  async decideRequest(tenantId: string, requestId: string, decision: RevealDecision): Promise<boolean> {
    const values: Record<string, unknown> = { ':status': decision.status, ':at': decision.decidedAt, ':by': decision.decidedBy, ':pending': 'pending' };
    const sets = ['#status = :status', 'decidedAt = :at', 'decidedBy = :by'];
    if (decision.validUntil) {
      sets.push('validUntil = :until');
      values[':until'] = decision.validUntil;
    }
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.revealRequest(tenantId, requestId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: 'attribute_exists(PK) AND #status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async listPending(tenantId: string): Promise<RevealRequestRecord[]> {
    const items = await this.listWhere(tenantId, REQUEST_PREFIX, '#status = :pending', { ':pending': 'pending' }, { '#status': 'status' });
    return items.map(toRecord);
  }

  async listOfCase(tenantId: string, caseId: string, window: TimeWindow = {}): Promise<RevealRequestRecord[]> {
    const clauses = ['caseId = :caseId'];
    const values: Record<string, unknown> = { ':caseId': caseId };
    if (window.from !== undefined) {
      clauses.push('requestedAt >= :from');
      values[':from'] = window.from;
    }
    if (window.until !== undefined) {
      clauses.push('requestedAt < :until');
      values[':until'] = window.until;
    }
    const [requests, uses] = await Promise.all([
      this.listWhere(tenantId, REQUEST_PREFIX, clauses.join(' AND '), values),
      this.listWhere(tenantId, USE_PREFIX, 'caseId = :caseId', { ':caseId': caseId }),
    ]);
    const usedAt = new Map(uses.map((use) => [use.requestId, String(use.at)]));
    return requests.map((item) => toRecord({ ...item, usedAt: usedAt.get(String(item.requestId)) }));
  }

  async useGrant(grant: { readonly tenantId: string; readonly caseId: string; readonly requestId: string; readonly at: string }): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.revealGrantUse(grant.tenantId, grant.requestId), type: 'RevealGrantUse', ...grant },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private listWhere(
    tenantId: string,
    prefix: string,
    filter: string,
    values: Record<string, unknown>,
    names?: Record<string, string>,
  ): Promise<Record<string, unknown>[]> {
    return queryItems(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: filter,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':pk': keys.tenant(tenantId).PK, ':prefix': prefix, ...values },
    });
  }
}

function toRecord(item: Record<string, unknown>): RevealRequestRecord {
  return Object.fromEntries(RECORD_FIELDS.filter((field) => item[field] !== undefined).map((field) => [field, item[field]])) as unknown as RevealRequestRecord;
}
