/**
 * Audit logs (identity reveals, file openings): one item per record in the tenant's partition under its
 * own prefix, written once and never updated or deleted, read newest first a page at a time.
 */
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../staff/ports.js';
import { keys } from './table-design.js';

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
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...kind.key(entry.tenantId, entry.auditId), type: kind.type, ...entry },
      // An id collision must fail loudly rather than replace an earlier record.
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

export async function listAuditRecords<E extends { readonly auditId: string }>(
  db: DynamoDBDocumentClient,
  tableName: string,
  kind: AuditLogKind<E>,
  page: { readonly tenantId: string; readonly limit: number; readonly resumeAfter?: string },
): Promise<Page<E>> {
  const out = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenant(page.tenantId).PK, ':prefix': kind.prefix },
      ScanIndexForward: false,
      Limit: page.limit,
      ExclusiveStartKey: page.resumeAfter ? kind.key(page.tenantId, page.resumeAfter) : undefined,
    }),
  );
  const items = (out.Items ?? []).map(kind.toEntry);
  return { items, resumeAfter: out.LastEvaluatedKey ? items.at(-1)?.auditId : undefined };
}
