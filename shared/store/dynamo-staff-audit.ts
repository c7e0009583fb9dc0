/** The identity-reveal audit log: one item per reveal in the tenant's partition, never updated or deleted. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page, RevealAuditEntry, RevealAuditLog, TimeWindow } from '../staff/ports.js';
import { type AuditLogKind, listAuditRecords, putAuditRecord } from './audit-log-items.js';
import { queryItems } from './query-items.js';
import { keys } from './table-design.js';

const AUDIT_PREFIX = 'AUDIT#REVEAL#';

const REVEALS: AuditLogKind<RevealAuditEntry> = { type: 'RevealAudit', prefix: AUDIT_PREFIX, key: keys.revealAudit, toEntry };

export class DynamoRevealAuditLog implements RevealAuditLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  recordReveal(entry: RevealAuditEntry): Promise<void> {
    return putAuditRecord(this.db, this.tableName, REVEALS, entry);
  }

  listReveals(tenantId: string, limit: number, resumeAfter?: string): Promise<Page<RevealAuditEntry>> {
    return listAuditRecords(this.db, this.tableName, REVEALS, { tenantId, limit, resumeAfter });
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
    // Never the sealed words, nor an older record's plaintext `reason`: the kind is what the log shows.
    ...(item.reasonKind ? { reasonKind: item.reasonKind as RevealAuditEntry['reasonKind'] } : {}),
    ...(item.requestId ? { requestId: String(item.requestId) } : {}),
  };
}
