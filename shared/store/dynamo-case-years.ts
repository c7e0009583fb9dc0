/**
 * A tenant's cases by when they were reported, read from the year index (GSI.byYear): a span of time reads
 * the one or two UTC-year partitions it touches, bounded on `createdAt`, never the regency's other years.
 */
import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ReportingYear } from '../staff/ports.js';
import { queryItems } from './query-items.js';
import { GSI, keys } from './table-design.js';

const COUNTER_PREFIX = 'COUNTER#REF#';
const CASE_TOTAL = 'caseTotal';

type Projection = Pick<QueryCommandInput, 'ProjectionExpression' | 'ExpressionAttributeNames'>;

/**
 * Key conditions for the cases created in [from, before) (ISO instants), one per UTC year touched, oldest
 * first. `beforeExcluded: false` includes `before` itself: a list resuming at a case (its ExclusiveStartKey
 * then skips that case and what precedes it at the same instant).
 */
export function yearSpanQueries(
  tableName: string,
  tenantId: string,
  span: { readonly from: string; readonly before: string },
  beforeExcluded = true,
): QueryCommandInput[] {
  const { from, before } = span;
  const last = beforeExcluded ? new Date(Date.parse(before) - 1).toISOString() : before;
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) years.push(year);
  return years.map((year) => ({
    TableName: tableName,
    IndexName: GSI.byYear.name,
    KeyConditionExpression: '#yearPk = :yearPk AND #createdAt BETWEEN :from AND :last',
    ExpressionAttributeNames: { '#yearPk': GSI.byYear.partitionKey, '#createdAt': GSI.byYear.sortKey },
    ExpressionAttributeValues: { ':yearPk': keys.caseYear(tenantId, year), ':from': from, ':last': last },
  }));
}

/** The case items created in [from, before), oldest first; only those of the tenant. */
export async function queryCasesCreatedBetween(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenantId: string,
  span: { readonly from: string; readonly before: string },
  projection: Projection,
): Promise<Record<string, unknown>[]> {
  const pages = await Promise.all(
    yearSpanQueries(tableName, tenantId, span).map((query) =>
      queryItems(db, {
        ...query,
        ProjectionExpression: projection.ProjectionExpression,
        ExpressionAttributeNames: { ...query.ExpressionAttributeNames, ...projection.ExpressionAttributeNames },
      }),
    ),
  );
  // The index is tenant-keyed already; the check keeps a wrong item from ever crossing tenants.
  return pages.flat().filter((item) => item.type === 'Case' && item.tenantId === tenantId);
}

/** How many cases were created in [from, before): counted by DynamoDB, no item returned. */
export async function countCasesCreatedBetween(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenantId: string,
  span: { readonly from: string; readonly before: string },
): Promise<number> {
  let count = 0;
  for (const query of yearSpanQueries(tableName, tenantId, span)) {
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const out = await db.send(new QueryCommand({ ...query, Select: 'COUNT', ExclusiveStartKey }));
      count += out.Count ?? 0;
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  }
  return count;
}

/**
 * The (regency-local) years in which the tenant numbered a report, from its reference counters (one small
 * item per year), with the case total kept on a finished year's counter.
 */
export async function reportingYears(db: DynamoDBDocumentClient, tableName: string, tenantId: string): Promise<ReportingYear[]> {
  const counters = await queryItems(db, {
    TableName: tableName,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :counter)',
    ProjectionExpression: '#sk, #caseTotal',
    ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK', '#caseTotal': CASE_TOTAL },
    ExpressionAttributeValues: { ':pk': keys.tenant(tenantId).PK, ':counter': COUNTER_PREFIX },
  });
  return counters
    .map((item) => ({
      year: Number(String(item.SK).slice(COUNTER_PREFIX.length)),
      ...(typeof item[CASE_TOTAL] === 'number' ? { caseTotal: item[CASE_TOTAL] } : {}),
    }))
    .filter((counted) => Number.isInteger(counted.year));
}

/** Keeps a finished year's case total on its reference counter (only that year's intake ever touched it). */
export async function recordYearTotal(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenantId: string,
  year: number,
  caseTotal: number,
): Promise<void> {
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.referenceCounter(tenantId, year),
      UpdateExpression: 'SET #caseTotal = :caseTotal',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#caseTotal': CASE_TOTAL },
      ExpressionAttributeValues: { ':caseTotal': caseTotal },
    }),
  );
}
