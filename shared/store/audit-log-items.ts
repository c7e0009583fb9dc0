/**
 * Audit logs (identity reveals, file openings): one item per record in the tenant's partition under its
 * own prefix, written once and never updated or deleted, read newest first a page at a time.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../staff/ports.js';
import { auditItemsNewestFirst, putAuditItem } from './audit-page.js';

export interface AuditLogKind<E> {
  /** The item `type`, and the sort-key prefix its records share. */
  readonly type: string;
  readonly prefix: string;
  readonly key: (tenantId: string, auditId: string) => { PK: string; SK: string };
  readonly toEntry: (item: Record<string, unknown>) => E;
}

export async function putAuditRecord<E extends { readonly tenantId: string; readonly auditId: string }>(
  db: DynamoDBDocumentClient,
  tableName: string,
  kind: AuditLogKind<E>,
  entry: E,
): Promise<void> {
  await putAuditItem(db, tableName, { ...kind.key(entry.tenantId, entry.auditId), type: kind.type, ...entry });
}

export async function listAuditRecords<E extends { readonly auditId: string }>(
  db: DynamoDBDocumentClient,
  tableName: string,
  kind: AuditLogKind<E>,
  page: { readonly tenantId: string; readonly limit: number; readonly resumeAfter?: string },
): Promise<Page<E>> {
  const { items: found, more } = await auditItemsNewestFirst(db, tableName, {
    tenantId: page.tenantId,
    prefix: kind.prefix,
    limit: page.limit,
    startKey: page.resumeAfter ? kind.key(page.tenantId, page.resumeAfter) : undefined,
  });
  const items = found.map(kind.toEntry);
  return { items, resumeAfter: more ? items.at(-1)?.auditId : undefined };
}
