/** The file-opening audit log: one item per opening in the tenant's partition, never updated or deleted. */
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { MediaAuditLog, MediaOpeningAuditEntry } from '../staff/case-media-ports.js';
import type { Page } from '../staff/ports.js';
import { keys } from './table-design.js';

const AUDIT_PREFIX = 'AUDIT#MEDIA#';

export class DynamoMediaAuditLog implements MediaAuditLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async recordMediaOpening(entry: MediaOpeningAuditEntry): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.mediaAudit(entry.tenantId, entry.auditId), type: 'MediaAudit', ...entry },
        // An id collision must fail loudly rather than replace an earlier record.
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  async listMediaOpenings(tenantId: string, limit: number, resumeAfter?: string): Promise<Page<MediaOpeningAuditEntry>> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.tenant(tenantId).PK, ':prefix': AUDIT_PREFIX },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: resumeAfter ? keys.mediaAudit(tenantId, resumeAfter) : undefined,
      }),
    );
    const items = (out.Items ?? []).map(
      (item): MediaOpeningAuditEntry => ({
        auditId: String(item.auditId),
        tenantId: String(item.tenantId),
        caseId: String(item.caseId),
        reference: String(item.reference),
        objectId: String(item.objectId),
        at: String(item.at),
        by: item.by as MediaOpeningAuditEntry['by'],
      }),
    );
    return { items, resumeAfter: out.LastEvaluatedKey ? items.at(-1)?.auditId : undefined };
  }
}
