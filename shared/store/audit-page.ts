/** Append-only audit items in a tenant's partition: written once, listed newest first a page at a time. */
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './table-design.js';

/** An id collision must fail loudly rather than replace an earlier record. */
export async function putAuditItem(db: DynamoDBDocumentClient, tableName: string, item: Record<string, unknown>): Promise<void> {
  await db.send(new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
}

/** One page of the items whose sort key starts with `prefix`, newest first, and the raw items' last key. */
export async function auditItemsNewestFirst(
  db: DynamoDBDocumentClient,
  tableName: string,
  query: { readonly tenantId: string; readonly prefix: string; readonly limit: number; readonly startKey?: Record<string, unknown> },
): Promise<{ readonly items: Record<string, unknown>[]; readonly more: boolean }> {
  const out = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenant(query.tenantId).PK, ':prefix': query.prefix },
      ScanIndexForward: false,
      Limit: query.limit,
      ExclusiveStartKey: query.startKey,
    }),
  );
  return { items: out.Items ?? [], more: out.LastEvaluatedKey !== undefined };
}
