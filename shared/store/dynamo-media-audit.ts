/** The file-opening audit log: one item per opening in the tenant's partition, never updated or deleted. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MediaAuditLog, MediaOpeningAuditEntry } from '../staff/case-media-ports.js';
import type { Page } from '../staff/ports.js';
import { type AuditLogKind, listAuditRecords, putAuditRecord } from './audit-log-items.js';
import { keys } from './table-design.js';

const MEDIA_OPENINGS: AuditLogKind<MediaOpeningAuditEntry> = {
  type: 'MediaAudit',
  prefix: 'AUDIT#MEDIA#',
  key: keys.mediaAudit,
  toEntry: (item) => ({
    auditId: String(item.auditId),
    tenantId: String(item.tenantId),
    caseId: String(item.caseId),
    reference: String(item.reference),
    objectId: String(item.objectId),
    at: String(item.at),
    by: item.by as MediaOpeningAuditEntry['by'],
  }),
};

export class DynamoMediaAuditLog implements MediaAuditLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  recordMediaOpening(entry: MediaOpeningAuditEntry): Promise<void> {
    return putAuditRecord(this.db, this.tableName, MEDIA_OPENINGS, entry);
  }

  listMediaOpenings(tenantId: string, limit: number, resumeAfter?: string): Promise<Page<MediaOpeningAuditEntry>> {
    return listAuditRecords(this.db, this.tableName, MEDIA_OPENINGS, { tenantId, limit, resumeAfter });
  }
}
