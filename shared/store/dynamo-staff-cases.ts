/**
 * The staff side of the case item: lists (a Query on the tenant's partition, newest first, filtered),
 * one case without its identity part, and changes as ONE conditional UpdateItem each: version check,
 * fields, and the timeline entry appended in the same write (dynalite has no transactions).
 */
import { isConditionFailure } from './condition-failure.js';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  CaseChange,
  CaseChangeResult,
  CaseFilter,
  CaseSummary,
  Page,
  SealedIdentity,
  SealedIdentityStore,
  StaffCase,
  StaffCaseStore,
} from '../staff/ports.js';
import { optionalString, ROUTING_FIELDS, routingFieldsOf } from './case-item.js';
import { GSI, keys } from './table-design.js';

/**
 * Every entry is a few hundred bytes, a note at most a few KB: this bound keeps a case item well below
 * DynamoDB's 400 KB item limit even with a long narrative.
 */
export const MAX_TIMELINE_ENTRIES = 150;

/** Items one list request may read before it returns what it found with a cursor (bounded latency). */
const MAX_EVALUATED_PER_PAGE = 1000;
const QUERY_BATCH = 100;
const CASE_PREFIX = 'CASE#';

const SUMMARY_FIELDS = [
  ...ROUTING_FIELDS,
  'updatedAt',
  'version',
  'anonymous',
  'reporterRole',
  'enteredBy',
  'assessedAt',
  'closedAt',
  'closingReason',
  'assignee',
] as const;
/** Never `identity`: the staff API has no use for the sealed identity, so it does not even read it. */
const CASE_FIELDS = [...SUMMARY_FIELDS, 'language', 'triageSignals', 'details', 'timeline', 'addenda', 'alerts'] as const;

interface Expression {
  readonly names: Record<string, string>;
  readonly values: Record<string, unknown>;
}

function projection(fields: readonly string[]) {
  return {
    ProjectionExpression: fields.map((field) => `#${field}`).join(', '),
    names: Object.fromEntries(fields.map((field) => [`#${field}`, field])),
  };
}

const isItemTooLarge = (error: unknown) =>
  error instanceof Error && error.name === 'ValidationException' && /item size .*exceeded/i.test(error.message);

export class DynamoStaffCaseStore implements StaffCaseStore, SealedIdentityStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listCases(tenantId: string, filter: CaseFilter, limit: number, resumeAfter?: string): Promise<Page<CaseSummary>> {
    const items: CaseSummary[] = [];
    let start: Record<string, unknown> | undefined = resumeAfter ? keys.case(tenantId, resumeAfter) : undefined;
    let evaluated = 0;
    for (;;) {
      const out = await this.queryCases(tenantId, filter, start);
      evaluated += out.ScannedCount ?? 0;
      const found = out.Items ?? [];
      for (const [index, item] of found.entries()) {
        items.push(toSummary(item));
        if (items.length === limit) {
          const more = index < found.length - 1 || out.LastEvaluatedKey !== undefined;
          return { items, resumeAfter: more ? String(item.caseId) : undefined };
        }
      }
      if (!out.LastEvaluatedKey) return { items };
      start = out.LastEvaluatedKey;
      if (evaluated >= MAX_EVALUATED_PER_PAGE) {
        return { items, resumeAfter: String(start.SK).slice(CASE_PREFIX.length) };
      }
    }
  }

  async listAllSummaries(tenantId: string): Promise<CaseSummary[]> {
    const all: CaseSummary[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.queryCases(tenantId, {}, start);
      all.push(...(out.Items ?? []).map(toSummary));
      start = out.LastEvaluatedKey;
    } while (start);
    return all;
  }

  async findCase(tenantId: string, caseId: string): Promise<StaffCase | undefined> {
    const { ProjectionExpression, names } = projection(CASE_FIELDS);
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.case(tenantId, caseId),
        // Whether the victim's contact was given, from its envelope's version number: never its ciphertext.
        ProjectionExpression: `${ProjectionExpression}, #victimContact.#envelopeVersion`,
        ExpressionAttributeNames: { ...names, '#victimContact': 'victimContact', '#envelopeVersion': 'v' },
        ConsistentRead: true,
      }),
    );
    const item = out.Item;
    if (item?.type !== 'Case' || item.tenantId !== tenantId) return undefined;
    return {
      ...toSummary(item),
      language: item.language as StaffCase['language'],
      triageSignals: (item.triageSignals ?? []) as StaffCase['triageSignals'],
      details: item.details as StaffCase['details'],
      timeline: (item.timeline ?? []) as StaffCase['timeline'],
      addenda: (item.addenda ?? []) as StaffCase['addenda'],
      alerts: (item.alerts ?? {}) as StaffCase['alerts'],
      hasVictimContact: item.victimContact !== undefined,
    };
  }

  async findSealedIdentity(tenantId: string, caseId: string): Promise<SealedIdentity | undefined> {
    const { ProjectionExpression, names } = projection([
      'type',
      'tenantId',
      'caseId',
      'reference',
      'anonymous',
      'identity',
      'victimContact',
    ]);
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.case(tenantId, caseId), ProjectionExpression, ExpressionAttributeNames: names }),
    );
    const item = out.Item;
    if (item?.type !== 'Case' || item.tenantId !== tenantId) return undefined;
    return {
      caseId: String(item.caseId),
      reference: String(item.reference),
      anonymous: item.anonymous === true,
      identity: item.identity as SealedIdentity['identity'],
      victimContact: item.victimContact as SealedIdentity['victimContact'],
    };
  }

  async saveChange(change: CaseChange): Promise<CaseChangeResult> {
    const names: Record<string, string> = { '#version': 'version', '#updatedAt': 'updatedAt', '#timeline': 'timeline', '#type': 'type' };
    const values: Record<string, unknown> = {
      ':next': change.expectedVersion + 1,
      ':expected': change.expectedVersion,
      ':at': change.at,
      ':entry': [change.entry],
      ':empty': [],
      ':max': MAX_TIMELINE_ENTRIES,
      ':caseType': 'Case',
    };
    const set = ['#version = :next', '#updatedAt = :at', '#timeline = list_append(if_not_exists(#timeline, :empty), :entry)'];
    const remove: string[] = [];
    const assign = (field: string, value: unknown) => {
      if (value === undefined) return;
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      set.push(`#${field} = :${field}`);
    };
    assign('status', change.status);
    assign('assessedAt', change.assessedAt);
    assign('closedAt', change.closedAt);
    assign('closingReason', change.closingReason);
    if (change.assignee === null) {
      names['#assignee'] = 'assignee';
      remove.push('#assignee');
    } else {
      assign('assignee', change.assignee);
    }
    // Out of the SLA schedule (the alerts' sparse index) in the very write that ends the wait for assessment.
    if (change.stopSlaWatch) remove.push(GSI.awaitingAssessment.partitionKey, GSI.awaitingAssessment.sortKey);

    const conditions = [
      'attribute_exists(PK)',
      '#type = :caseType',
      '#version = :expected',
      '(attribute_not_exists(#timeline) OR size(#timeline) < :max)',
    ];
    if (change.requireStatus) {
      names['#status'] = 'status';
      values[':requiredStatus'] = change.requireStatus;
      conditions.push('#status = :requiredStatus');
    }

    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.case(change.tenantId, change.caseId),
          UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return { saved: true, version: change.expectedVersion + 1 };
    } catch (error) {
      // Many long notes in multi-byte scripts can reach the 400 KB item limit before the entry bound.
      if (isItemTooLarge(error)) return { saved: false, reason: 'full' };
      if (!isConditionFailure(error)) throw error;
      return { saved: false, reason: await this.whyRefused(change) };
    }
  }

  /** dynalite does not return the item on a failed condition: one consistent read tells why. */
  private async whyRefused(change: CaseChange): Promise<'missing' | 'stale' | 'full'> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.case(change.tenantId, change.caseId),
        ProjectionExpression: '#type, #version, #status',
        ExpressionAttributeNames: { '#type': 'type', '#version': 'version', '#status': 'status' },
        ConsistentRead: true,
      }),
    );
    const item = out.Item;
    if (item?.type !== 'Case') return 'missing';
    if (item.version !== change.expectedVersion) return 'stale';
    if (change.requireStatus && item.status !== change.requireStatus) return 'stale';
    return 'full';
  }

  private queryCases(tenantId: string, filter: CaseFilter, start: Record<string, unknown> | undefined) {
    const fields = projection(SUMMARY_FIELDS);
    const where = filterExpression(filter);
    return this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :casePrefix)',
        FilterExpression: where.expression,
        ProjectionExpression: fields.ProjectionExpression,
        ExpressionAttributeNames: { ...fields.names, ...where.names, '#pk': 'PK', '#sk': 'SK' },
        ExpressionAttributeValues: { ...where.values, ':pk': keys.tenant(tenantId).PK, ':casePrefix': CASE_PREFIX },
        // Case ids are ULIDs: descending sort keys are newest first.
        ScanIndexForward: false,
        ExclusiveStartKey: start,
        Limit: QUERY_BATCH,
      }),
    );
  }
}

function filterExpression(filter: CaseFilter): Expression & { expression: string } {
  const clauses = ['#type = :caseType'];
  const names: Record<string, string> = { '#type': 'type' };
  const values: Record<string, unknown> = { ':caseType': 'Case' };
  const oneOf = (field: string, wanted: readonly string[] | undefined) => {
    if (!wanted?.length) return;
    names[`#${field}`] = field;
    const placeholders = wanted.map((value, index) => {
      values[`:${field}${index}`] = value;
      return `:${field}${index}`;
    });
    clauses.push(`#${field} IN (${placeholders.join(', ')})`);
  };
  const compare = (field: string, operator: string, placeholder: string, value: string | undefined) => {
    if (value === undefined) return;
    names[`#${field}`] = field;
    values[placeholder] = value;
    clauses.push(`#${field} ${operator} ${placeholder}`);
  };
  oneOf('status', filter.statuses);
  oneOf('urgency', filter.urgencies);
  oneOf('category', filter.categories);
  oneOf('channel', filter.channels);
  compare('kecamatan', '=', ':kecamatan', filter.kecamatan);
  compare('createdAt', '>=', ':createdFrom', filter.createdFrom);
  compare('createdAt', '<', ':createdBefore', filter.createdBefore);
  if (filter.assigneeId !== undefined) {
    names['#assignee'] = 'assignee';
    names['#assigneeId'] = 'id';
    values[':assigneeId'] = filter.assigneeId;
    clauses.push('#assignee.#assigneeId = :assigneeId');
  }
  return { expression: clauses.join(' AND '), names, values };
}

function toSummary(item: Record<string, unknown>): CaseSummary {
  return {
    ...routingFieldsOf(item),
    updatedAt: String(item.updatedAt),
    version: Number(item.version),
    anonymous: item.anonymous === true,
    reporterRole: item.reporterRole as CaseSummary['reporterRole'],
    enteredBy: item.enteredBy as CaseSummary['enteredBy'],
    assessedAt: optionalString(item.assessedAt),
    closedAt: optionalString(item.closedAt),
    closingReason: item.closingReason as CaseSummary['closingReason'],
    assignee: item.assignee as CaseSummary['assignee'],
  };
}
