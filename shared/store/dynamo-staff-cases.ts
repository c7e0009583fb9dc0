/**
 * The staff side of cases: lists (a Query on the tenant's partition, newest first, or on the sparse index of
 * its open cases; filtered, reading the case items, which are the projections), one case by reference, one case without its identity part, caught up with its history,
 * and changes recorded in that history (shared/store/dynamo-case-history.ts).
 */
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { CaseChange, CaseChangeResult, RecordedChange } from '../staff/case-change.js';
import type {
  CaseFilter,
  CaseSummary,
  Page,
  ReportingYear,
  SealedIdentity,
  SealedIdentityStore,
  StaffCase,
  StaffCaseStore,
  TimeSpan,
} from '../staff/ports.js';
import type { TimelineEntry } from '../staff/timeline.js';
import { optionalString, ROUTING_FIELDS, routingFieldsOf } from './case-item.js';
import { DynamoCaseHistory } from './dynamo-case-history.js';
import { countCasesCreatedBetween, queryCasesCreatedBetween, recordYearTotal, reportingYears, yearSpanQueries } from './dynamo-case-years.js';
import { queryItems } from './query-items.js';
import { caseYearAttributes, GSI, keys, openCaseAttributes } from './table-design.js';

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
  'categories',
  'triage',
  'assessment',
  'closeRequest',
  'acknowledgedAt',
  'servicesGiven',
  'plan',
  'legalHold',
  'personalDataDestroyedAt',
] as const;
/**
 * Never `identity`: the staff API has no use for the sealed identity, so it does not even read it.
 * `timeline` and `addenda`: lists earlier versions kept on the case item (old local data), read as its
 * oldest entries.
 */
const CASE_FIELDS = [
  ...SUMMARY_FIELDS,
  'language',
  'triageSignals',
  'details',
  'alerts',
  'lastAddendumVersion',
  'referrals',
  'policeReferral',
  'referredFrom',
  'timeline',
  'addenda',
] as const;

interface ListSource {
  query(start: Record<string, unknown> | undefined): Promise<QueryCommandOutput>;
  readonly start?: Record<string, unknown>;
}

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

export class DynamoStaffCaseStore implements StaffCaseStore, SealedIdentityStore {
  private readonly history: DynamoCaseHistory;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.history = new DynamoCaseHistory(db, tableName);
  }

  async listCases(tenantId: string, filter: CaseFilter, limit: number, resumeAfter?: string): Promise<Page<CaseSummary>> {
    const items: CaseSummary[] = [];
    const sources = await this.listSources(tenantId, filter, resumeAfter);
    let evaluated = 0;
    for (const [sourceIndex, source] of sources.entries()) {
      let start = source.start;
      for (;;) {
        const out = await source.query(start);
        evaluated += out.ScannedCount ?? 0;
        const found = out.Items ?? [];
        for (const [index, item] of found.entries()) {
          items.push(toSummary(item));
          if (items.length === limit) {
            const more = index < found.length - 1 || out.LastEvaluatedKey !== undefined || sourceIndex < sources.length - 1;
            return { items, resumeAfter: more ? String(item.caseId) : undefined };
          }
        }
        if (!out.LastEvaluatedKey) break;
        start = out.LastEvaluatedKey;
        if (evaluated >= MAX_EVALUATED_PER_PAGE) {
          return { items, resumeAfter: String(start.SK).slice(CASE_PREFIX.length) };
        }
      }
    }
    return { items };
  }

  /**
   * Where a list reads, newest first: a dated filter reads the year index over its span only (a year of a
   * regency with ten behind it reads that year); otherwise the tenant's partition. `resumeAfter` is a case id.
   */
  private async listSources(tenantId: string, filter: CaseFilter, resumeAfter: string | undefined): Promise<ListSource[]> {
    if (filter.createdFrom === undefined || filter.createdBefore === undefined) {
      const start = resumeAfter ? keys.case(tenantId, resumeAfter) : undefined;
      return [{ query: (from) => this.queryCases(tenantId, filter, from), start }];
    }
    const fields = projection(SUMMARY_FIELDS);
    // The dates are the index's key condition, which a filter may not name again.
    const where = filterExpression({ ...filter, createdFrom: undefined, createdBefore: undefined });
    const resumeAt = resumeAfter ? await this.createdAtOf(tenantId, resumeAfter) : undefined;
    const span = { from: filter.createdFrom, before: resumeAt ?? filter.createdBefore };
    return yearSpanQueries(this.tableName, tenantId, span, resumeAt === undefined)
      .reverse()
      .map((query, index) => ({
        query: (start) =>
          this.db.send(
            new QueryCommand({
              ...query,
              FilterExpression: where.expression,
              ProjectionExpression: fields.ProjectionExpression,
              ExpressionAttributeNames: { ...query.ExpressionAttributeNames, ...fields.names, ...where.names },
              ExpressionAttributeValues: { ...query.ExpressionAttributeValues, ...where.values },
              ScanIndexForward: false,
              ExclusiveStartKey: start,
              Limit: QUERY_BATCH,
            }),
          ),
        // Resuming: the newest partition starts just after the last case listed.
        start:
          index === 0 && resumeAt !== undefined && resumeAfter !== undefined
            ? { ...keys.case(tenantId, resumeAfter), ...caseYearAttributes(tenantId, resumeAt), createdAt: resumeAt }
            : undefined,
      }));
  }

  private async createdAtOf(tenantId: string, caseId: string): Promise<string | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.case(tenantId, caseId),
        ProjectionExpression: '#createdAt',
        ExpressionAttributeNames: { '#createdAt': 'createdAt' },
      }),
    );
    return typeof out.Item?.createdAt === 'string' ? out.Item.createdAt : undefined;
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

  async listSummariesCreatedBetween(tenantId: string, span: TimeSpan): Promise<CaseSummary[]> {
    const fields = projection(SUMMARY_FIELDS);
    const items = await queryCasesCreatedBetween(this.db, this.tableName, tenantId, span, {
      ProjectionExpression: fields.ProjectionExpression,
      ExpressionAttributeNames: fields.names,
    });
    return items.map(toSummary);
  }

  countCasesCreatedBetween(tenantId: string, span: TimeSpan): Promise<number> {
    return countCasesCreatedBetween(this.db, this.tableName, tenantId, span);
  }

  listReportingYears(tenantId: string): Promise<ReportingYear[]> {
    return reportingYears(this.db, this.tableName, tenantId);
  }

  recordYearTotal(tenantId: string, year: number, caseTotal: number): Promise<void> {
    return recordYearTotal(this.db, this.tableName, tenantId, year, caseTotal);
  }

  async listOpenCases(tenantId: string, filter: CaseFilter): Promise<CaseSummary[]> {
    const fields = projection(SUMMARY_FIELDS);
    const where = filterExpression(filter);
    const items = await queryItems(this.db, {
      TableName: this.tableName,
      IndexName: GSI.openCases.name,
      KeyConditionExpression: '#openPk = :openPk',
      FilterExpression: where.expression,
      ProjectionExpression: fields.ProjectionExpression,
      ExpressionAttributeNames: { ...fields.names, ...where.names, '#openPk': GSI.openCases.partitionKey },
      ExpressionAttributeValues: { ...where.values, ':openPk': openCaseAttributes(tenantId)[GSI.openCases.partitionKey] },
    });
    // The index is tenant-keyed already; the check keeps a wrong item from ever crossing tenants.
    return items.filter((item) => item.tenantId === tenantId).map(toSummary);
  }

  async findCaseByReference(tenantId: string, reference: string): Promise<CaseSummary | undefined> {
    const fields = projection(SUMMARY_FIELDS);
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: GSI.byReference.name,
        KeyConditionExpression: '#refKey = :refKey',
        ProjectionExpression: fields.ProjectionExpression,
        ExpressionAttributeNames: { ...fields.names, '#refKey': GSI.byReference.partitionKey },
        ExpressionAttributeValues: { ':refKey': keys.referenceIndex(tenantId, reference) },
      }),
    );
    const item = out.Items?.find((found) => found.type === 'Case' && found.tenantId === tenantId);
    return item ? toSummary(item) : undefined;
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
    const read = out.Item;
    if (read?.type !== 'Case' || read.tenantId !== tenantId) return undefined;
    const item = await this.history.bringUpToDate(tenantId, caseId, read);
    return {
      ...toSummary(item),
      language: item.language as StaffCase['language'],
      triageSignals: (item.triageSignals ?? []) as StaffCase['triageSignals'],
      details: item.details as StaffCase['details'],
      earlierEntries: earlierEntriesOf(item),
      alerts: (item.alerts ?? {}) as StaffCase['alerts'],
      hasVictimContact: item.victimContact !== undefined,
      lastAddendumVersion: typeof item.lastAddendumVersion === 'number' ? item.lastAddendumVersion : undefined,
      referrals: item.referrals as StaffCase['referrals'],
      policeReferral: item.policeReferral as StaffCase['policeReferral'],
      referredFrom: item.referredFrom as StaffCase['referredFrom'],
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

  saveChange(change: CaseChange): Promise<CaseChangeResult> {
    return this.history.append(change);
  }

  listChanges(tenantId: string, caseId: string, limit: number, beforeVersion?: number) {
    return this.history.listChanges(tenantId, caseId, limit, beforeVersion);
  }

  findChange(tenantId: string, caseId: string, version: number): Promise<RecordedChange | undefined> {
    return this.history.findChange(tenantId, caseId, version);
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
  // A corrected case lists every kind of violence it shows (`categories`): a wanted one anywhere matches.
  if (filter.categories?.length) {
    names['#categories'] = 'categories';
    const listed = filter.categories.map((_, index) => `contains(#categories, :category${index})`);
    clauses.push(`(${[clauses.pop(), ...listed].join(' OR ')})`);
  }
  oneOf('channel', filter.channels);
  compare('kecamatan', '=', ':kecamatan', filter.kecamatan);
  compare('createdAt', '>=', ':createdFrom', filter.createdFrom);
  compare('createdAt', '<', ':createdBefore', filter.createdBefore);
  if (filter.unassigned) clauses.push('attribute_not_exists(#assignee)');
  if (filter.closeRequested) {
    names['#closeRequest'] = 'closeRequest';
    clauses.push('attribute_exists(#closeRequest)');
  }
  if (filter.unassigned || filter.assigneeId !== undefined) names['#assignee'] = 'assignee';
  if (filter.assigneeId !== undefined) {
    names['#assignee'] = 'assignee';
    names['#assigneeId'] = 'id';
    values[':assigneeId'] = filter.assigneeId;
    clauses.push('#assignee.#assigneeId = :assigneeId');
  }
  if (filter.followUpBefore !== undefined) {
    names['#plan'] = 'plan';
    names['#planDue'] = 'dueDate';
    values[':followUpBefore'] = filter.followUpBefore;
    clauses.push('#plan.#planDue < :followUpBefore');
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
    categories: item.categories as CaseSummary['categories'],
    triage: item.triage as CaseSummary['triage'],
    assessment: item.assessment as CaseSummary['assessment'],
    closeRequest: item.closeRequest as CaseSummary['closeRequest'],
    acknowledgedAt: optionalString(item.acknowledgedAt),
    servicesGiven: item.servicesGiven as CaseSummary['servicesGiven'],
    plan: item.plan as CaseSummary['plan'],
    legalHold: item.legalHold as CaseSummary['legalHold'],
    personalDataDestroyedAt: optionalString(item.personalDataDestroyedAt),
  };
}

/** The lists an earlier version kept on the case item: staff entries and the reporter's addenda, by time. */
function earlierEntriesOf(item: Record<string, unknown>): TimelineEntry[] {
  const timeline = Array.isArray(item.timeline) ? (item.timeline as TimelineEntry[]) : [];
  const addenda = Array.isArray(item.addenda) ? (item.addenda as { at: string; details: SealedEnvelope }[]) : [];
  const entries: TimelineEntry[] = [...timeline, ...addenda.map(({ at, details }) => ({ kind: 'addendum' as const, at, details }))];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
