/**
 * A case's history on DynamoDB, the one writer of a case's versions. Every change is an event item in the
 * case's own partition (`TENANT#<t>#CASE#<id> / V#<version>`), put with `attribute_not_exists`: two writers
 * of one version cannot both win, so the log itself is the optimistic lock, and the event alone decides
 * whether a change happened (dynalite has no transactions). The case item (`TENANT#<t> / CASE#<id>`) is the
 * projection that lists, numbers and the sparse schedules read: updated right after the event, only from
 * the version just before it, and caught up by the next reader or writer when a crash left it behind.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  CaseChange,
  CaseChangeContent,
  CaseChangeResult,
  ProjectedField,
  ProjectedFields,
  RecordedChange,
} from '../staff/case-change.js';
import { type RetentionWatch, retentionSortKey } from '../pdp/retention-watch.js';
import type { TimelineEntry } from '../staff/timeline.js';
import { isConditionFailure } from './condition-failure.js';
import { queryItems } from './query-items.js';
import { CASE_EVENT_PREFIX, CASEWORK_PARTITION, GSI, keys, openCaseAttributes, RETENTION_PARTITION, SLA_PARTITION } from './table-design.js';

/** A projection field as attributes of the case item: most are one attribute of the same name. */
interface FieldAttributes {
  set(value: unknown, tenantId: string, caseId: string): Record<string, unknown>;
  readonly names: readonly string[];
}

const sameName = (field: string): FieldAttributes => ({ set: (value) => ({ [field]: value }), names: [field] });

/** Fields stored otherwise: a place in a sparse index is its key attributes. */
const FIELD_ATTRIBUTES: { readonly [F in ProjectedField]: FieldAttributes } = {
  status: sameName('status'),
  assessedAt: sameName('assessedAt'),
  // Closing puts the case in the retention schedule, whoever closes it ('closed': the job plans it).
  closedAt: {
    set: (at, tenantId, caseId) => ({
      closedAt: at,
      ...retentionAttributes({ stage: 'closed', at: String(at) }, tenantId, caseId),
    }),
    names: ['closedAt', 'retPk', 'retSk'],
  },
  closingReason: sameName('closingReason'),
  assignee: sameName('assignee'),
  dueAt: sameName('dueAt'),
  slaStartedAt: sameName('slaStartedAt'),
  slaWatch: {
    set: (at, tenantId, caseId) => ({ slaPk: SLA_PARTITION, slaSk: keys.scheduleSortKey(String(at), tenantId, caseId) }),
    names: ['slaPk', 'slaSk'],
  },
  anonymous: sameName('anonymous'),
  identity: sameName('identity'),
  lastAddendumVersion: sameName('lastAddendumVersion'),
  service: sameName('service'),
  category: sameName('category'),
  categories: sameName('categories'),
  urgency: sameName('urgency'),
  kecamatan: sameName('kecamatan'),
  triage: sameName('triage'),
  assessment: sameName('assessment'),
  closeRequest: sameName('closeRequest'),
  openCase: { set: (_open, tenantId) => openCaseAttributes(tenantId), names: [GSI.openCases.partitionKey] },
  acknowledgedAt: sameName('acknowledgedAt'),
  servicesGiven: sameName('servicesGiven'),
  referrals: sameName('referrals'),
  policeReferral: sameName('policeReferral'),
  plan: sameName('plan'),
  caseworkWatch: {
    set: (at, tenantId, caseId) => ({ dlPk: CASEWORK_PARTITION, dlSk: keys.scheduleSortKey(String(at), tenantId, caseId) }),
    names: ['dlPk', 'dlSk'],
  },
  retentionWatch: {
    set: (watch, tenantId, caseId) => retentionAttributes(watch as RetentionWatch, tenantId, caseId),
    names: ['retPk', 'retSk'],
  },
  legalHold: sameName('legalHold'),
  personalDataDestroyedAt: sameName('personalDataDestroyedAt'),
  erasure: sameName('erasure'),
};

function retentionAttributes(watch: RetentionWatch, tenantId: string, caseId: string): Record<string, string> {
  return { retPk: RETENTION_PARTITION, retSk: retentionSortKey(watch, tenantId, caseId) };
}

/** The keys writers that retry on their own gave their changes (a string set on the case item). */
const CHANGE_KEYS = 'changeKeys';

/** A writer without a version of its own gives up after this many lost races (a fault worth surfacing). */
const MAX_UNVERSIONED_TRIES = 5;

/** One recorded change as stored. */
interface CaseEvent extends CaseChangeContent {
  readonly version: number;
  readonly changeKey?: string;
}

/** What a writer without a version of its own decides on. */
export interface CurrentCase {
  readonly version: number;
  readonly hasIdentity: boolean;
}

export class DynamoCaseHistory {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Records the change as version `expectedVersion + 1`, then projects it. */
  async append(change: CaseChange): Promise<CaseChangeResult> {
    const { tenantId, caseId } = change;
    const event: CaseEvent = {
      version: change.expectedVersion + 1,
      entry: change.entry,
      set: change.set,
      remove: change.remove,
      changeKey: change.changeKey,
    };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.caseEvent(tenantId, caseId, event.version), type: 'CaseEvent', tenantId, caseId, at: event.entry.at, ...event },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Another change took this version. If its writer crashed before projecting it, catch up now, so the
      // caller's reload shows the case as it is.
      await this.catchUp(tenantId, caseId);
      return { saved: false, reason: 'stale' };
    }
    try {
      if (!(await this.project(tenantId, caseId, event))) await this.catchUp(tenantId, caseId);
      return { saved: true, version: event.version };
    } catch (error) {
      // The event decided: the change is saved. The projection catches up at the case's next read.
      return { saved: true, version: event.version, projectionLag: error instanceof Error ? error.name : 'unknown' };
    }
  }

  /**
   * For writers without a version of their own (the reporter's WhatsApp): reads the current version, builds
   * the change on it, and builds it again when another change took that version. A change whose key is
   * already recorded is not recorded twice (a redelivered message).
   */
  async appendUnversioned(
    tenantId: string,
    caseId: string,
    changeKey: string,
    build: (current: CurrentCase) => CaseChangeContent,
  ): Promise<void> {
    for (let tries = 0; tries < MAX_UNVERSIONED_TRIES; tries++) {
      const current = await this.catchUp(tenantId, caseId);
      if (!current) throw new Error('no such case');
      const recorded = current[CHANGE_KEYS];
      if (recorded instanceof Set && recorded.has(changeKey)) return;
      const version = Number(current.version);
      const content = build({ version, hasIdentity: current.identity !== undefined });
      const result = await this.append({ ...content, tenantId, caseId, expectedVersion: version, changeKey });
      if (result.saved) return;
    }
    throw new Error('the case changed on every try');
  }

  /**
   * Applies the recorded changes a case item has not seen yet, in order, to the table and to `item` (a read
   * of the case item, any attributes). Returns the item as it now stands.
   */
  async bringUpToDate(tenantId: string, caseId: string, item: Record<string, unknown>): Promise<Record<string, unknown>> {
    let current = item;
    for (const event of await this.eventsAfter(tenantId, caseId, Number(item.version))) {
      // A missing version cannot be skipped: the projection must see every change in order.
      if (event.version !== Number(current.version) + 1) break;
      await this.project(tenantId, caseId, event);
      current = applied(current, event, tenantId, caseId);
    }
    return current;
  }

  async listChanges(
    tenantId: string,
    caseId: string,
    limit: number,
    beforeVersion?: number,
  ): Promise<{ changes: RecordedChange[]; more: boolean }> {
    const items = await queryItems(
      this.db,
      {
        TableName: this.tableName,
        KeyConditionExpression:
          beforeVersion === undefined ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk AND #sk BETWEEN :prefix AND :last',
        ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK', '#version': 'version', '#entry': 'entry' },
        ExpressionAttributeValues: {
          ':pk': keys.caseHistory(tenantId, caseId),
          ':prefix': CASE_EVENT_PREFIX,
          ...(beforeVersion === undefined ? {} : { ':last': keys.caseEvent(tenantId, caseId, beforeVersion - 1).SK }),
        },
        // Only the entry: a change's projection fields (an identity among them) are not the timeline's.
        ProjectionExpression: '#version, #entry',
        ScanIndexForward: false,
        ConsistentRead: true,
      },
      // One more than asked, to tell whether older changes exist.
      limit + 1,
    );
    return { changes: items.slice(0, limit).map(toRecordedChange), more: items.length > limit };
  }

  async findChange(tenantId: string, caseId: string, version: number): Promise<RecordedChange | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.caseEvent(tenantId, caseId, version),
        ProjectionExpression: '#version, #entry',
        ExpressionAttributeNames: { '#version': 'version', '#entry': 'entry' },
        ConsistentRead: true,
      }),
    );
    return out.Item ? toRecordedChange(out.Item) : undefined;
  }

  /** The case item, caught up; undefined when there is no such case. */
  private async catchUp(tenantId: string, caseId: string): Promise<Record<string, unknown> | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.case(tenantId, caseId),
        // What a writer decides on, never the sealed parts: `identity.v` tells only whether one exists.
        ProjectionExpression: '#type, #version, #changeKeys, #identity.#envelopeVersion',
        ExpressionAttributeNames: { '#type': 'type', '#version': 'version', '#changeKeys': CHANGE_KEYS, '#identity': 'identity', '#envelopeVersion': 'v' },
        ConsistentRead: true,
      }),
    );
    if (out.Item?.type !== 'Case') return undefined;
    return this.bringUpToDate(tenantId, caseId, out.Item);
  }

  private async eventsAfter(tenantId: string, caseId: string, version: number): Promise<CaseEvent[]> {
    const items = await queryItems(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk AND #sk > :seen',
      ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
      ExpressionAttributeValues: { ':pk': keys.caseHistory(tenantId, caseId), ':seen': keys.caseEvent(tenantId, caseId, version).SK },
      ConsistentRead: true,
    });
    return items.map(toEvent);
  }

  /** One conditional update: only a case item at the version just before the event takes it. */
  private async project(tenantId: string, caseId: string, event: CaseEvent): Promise<boolean> {
    const names: Record<string, string> = { '#type': 'type', '#version': 'version', '#updatedAt': 'updatedAt' };
    const values: Record<string, unknown> = {
      ':caseType': 'Case',
      ':version': event.version,
      ':previous': event.version - 1,
      ':at': event.entry.at,
    };
    const set = ['#version = :version', '#updatedAt = :at'];
    for (const [name, value] of Object.entries(attributesSet(event, tenantId, caseId))) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      set.push(`#${name} = :${name}`);
    }
    const removed = attributesRemoved(event).map((name) => {
      names[`#${name}`] = name;
      return `#${name}`;
    });
    let add = '';
    if (event.changeKey !== undefined) {
      names['#changeKeys'] = CHANGE_KEYS;
      values[':changeKey'] = new Set([event.changeKey]);
      add = ' ADD #changeKeys :changeKey';
    }
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.case(tenantId, caseId),
          UpdateExpression: `SET ${set.join(', ')}${removed.length ? ` REMOVE ${removed.join(', ')}` : ''}${add}`,
          ConditionExpression: 'attribute_exists(PK) AND #type = :caseType AND #version = :previous',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      // Already projected by someone else, or behind: the caller catches up.
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

function attributesSet(event: CaseEvent, tenantId: string, caseId: string): Record<string, unknown> {
  const entries = Object.entries(event.set ?? {}) as [ProjectedField, ProjectedFields[ProjectedField]][];
  return Object.assign({}, ...entries.map(([field, value]) => FIELD_ATTRIBUTES[field].set(value, tenantId, caseId)));
}

function attributesRemoved(event: CaseEvent): string[] {
  return (event.remove ?? []).flatMap((field) => FIELD_ATTRIBUTES[field].names);
}

/** The item after the event, as the table now holds it. */
function applied(item: Record<string, unknown>, event: CaseEvent, tenantId: string, caseId: string): Record<string, unknown> {
  const next: Record<string, unknown> = { ...item, ...attributesSet(event, tenantId, caseId), version: event.version, updatedAt: event.entry.at };
  for (const name of attributesRemoved(event)) delete next[name];
  if (event.changeKey !== undefined) {
    const recorded = item[CHANGE_KEYS];
    next[CHANGE_KEYS] = new Set([...(recorded instanceof Set ? recorded : []), event.changeKey]);
  }
  return next;
}

function toRecordedChange(item: Record<string, unknown>): RecordedChange {
  return { version: Number(item.version), entry: item.entry as TimelineEntry };
}

function toEvent(item: Record<string, unknown>): CaseEvent {
  return {
    version: Number(item.version),
    entry: item.entry as TimelineEntry,
    set: item.set as CaseEvent['set'],
    remove: item.remove as CaseEvent['remove'],
    changeKey: typeof item.changeKey === 'string' ? item.changeKey : undefined,
  };
}
