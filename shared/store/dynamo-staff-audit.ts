/** The identity-reveal audit log: one item per reveal in the tenant's partition, never updated or deleted. */
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page, RevealAuditEntry, RevealAuditLog, TimeWindow } from '../staff/ports.js';
import { queryItems } from './query-items.js';
import { keys } from './table-design.js';

const AUDIT_PREFIX = 'AUDIT#REVEAL#';

export class DynamoRevealAuditLog implements RevealAuditLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async recordReveal(entry: RevealAuditEntry): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.revealAudit(entry.tenantId, entry.auditId), type: 'RevealAudit', ...entry },
        // An id collision must fail loudly rather than replace an earlier record.
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  async listReveals(tenantId: string, limit: number, resumeAfter?: string): Promise<Page<RevealAuditEntry>> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.tenant(tenantId).PK, ':prefix': AUDIT_PREFIX },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: resumeAfter ? keys.revealAudit(tenantId, resumeAfter) : undefined,
      }),
    );
    const items = (out.Items ?? []).map(toEntry);
    return { items, resumeAfter: out.LastEvaluatedKey ? items.at(-1)?.auditId : undefined };
  }

  async listRevealsOfCase(tenantId: string, caseId: string, window: TimeWindow): Promise<RevealAuditEntry[]> {
    const clauses = ['#caseId = :caseId'];
    const values: Record<string, unknown> = { ':pk': keys.tenant(tenantId).PK, ':prefix': AUDIT_PREFIX, ':caseId': caseId };
    if (window.from !== undefined) {
      clauses.push('#at >= :from');
      values[':from'] = window.from;
    }
    if (window.until !== undefined) {
      clauses.push('#at < :until');
      values[':until'] = window.until;
    }
    const items = await queryItems(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: clauses.join(' AND '),
      ExpressionAttributeNames: { '#caseId': 'caseId', ...(clauses.length > 1 ? { '#at': 'at' } : {}) },
      ExpressionAttributeValues: values,
    });
    return items.map(toEntry);
  }
}

function toEntry(item: Record<string, unknown>): RevealAuditEntry {
  return {
    auditId: String(item.auditId),
    tenantId: String(item.tenantId),
    caseId: String(item.caseId),
    reference: String(item.reference),
    at: String(item.at),
    by: item.by as RevealAuditEntry['by'],
    reason: String(item.reason),
  };
}
