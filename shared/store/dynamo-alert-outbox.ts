/**
 * The alert outbox on DynamoDB. A case's alerts live on the case item and its place in the two sparse
 * schedules (pending alerts, SLA escalations) in the same item, so every change of an alert is ONE
 * conditional UpdateItem, guarded by `alertsRevision` (dynalite has no transactions). The delivery log
 * is one small item per alert that reached the transport.
 */
import { isConditionFailure } from './condition-failure.js';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { nextOutboxAttempt } from '../alerts/outbox-schedule.js';
import type {
  AlertDeliveryLog,
  AlertOutbox,
  CaseAlerts,
  OutboxCase,
  SaveAlertsOptions,
} from '../alerts/ports.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import type { AlertEvent, CaseAlert, PublishedAlert } from '../intake/ports.js';
import type { Assignee } from '../staff/timeline.js';
import { optionalString, ROUTING_FIELDS, routingFieldsOf } from './case-item.js';
import { DynamoCaseHistory } from './dynamo-case-history.js';
import { GSI, keys, OUTBOX_PARTITION, SLA_PARTITION } from './table-design.js';


/** Only what alerts need: the sealed parts never leave the table for the alert jobs. */
const PROJECTED = [
  ...ROUTING_FIELDS,
  'alerts',
  'alertsRevision',
  'acknowledgeWithinMinutes',
  'acknowledgedAt',
  'assignee',
  'version',
] as const;
const PROJECTION = {
  ProjectionExpression: PROJECTED.map((name) => `#${name}`).join(', '),
  ExpressionAttributeNames: Object.fromEntries(PROJECTED.map((name) => [`#${name}`, name])),
};

/** A write that keeps losing to other writers of the same case is a fault worth surfacing, not a loop. */
const MAX_MARK_TRIES = 5;

type ScheduleIndex = (typeof GSI)['pendingAlerts' | 'awaitingAssessment'];

export class DynamoAlertOutbox implements AlertOutbox, AlertDeliveryLog {
  private readonly history: DynamoCaseHistory;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.history = new DynamoCaseHistory(db, tableName);
  }

  findDueAlerts(now: string, limit: number): Promise<OutboxCase[]> {
    return this.queryDue(GSI.pendingAlerts, OUTBOX_PARTITION, now, limit);
  }

  async countPendingAlerts(): Promise<number> {
    let count = 0;
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: GSI.pendingAlerts.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': GSI.pendingAlerts.partitionKey },
          ExpressionAttributeValues: { ':pk': OUTBOX_PARTITION },
          Select: 'COUNT',
          ExclusiveStartKey,
        }),
      );
      count += out.Count ?? 0;
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return count;
  }

  findCasesDueForEscalation(now: string, limit: number): Promise<OutboxCase[]> {
    return this.queryDue(GSI.awaitingAssessment, SLA_PARTITION, now, limit);
  }

  async findOutboxCase(tenantId: string, caseId: string): Promise<OutboxCase | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.case(tenantId, caseId), ConsistentRead: true, ...PROJECTION }),
    );
    return out.Item?.type === 'Case' ? toOutboxCase(out.Item) : undefined;
  }

  async findCurrentOutboxCase(tenantId: string, caseId: string): Promise<OutboxCase | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.case(tenantId, caseId), ConsistentRead: true, ...PROJECTION }),
    );
    if (out.Item?.type !== 'Case') return undefined;
    return toOutboxCase(await this.history.bringUpToDate(tenantId, caseId, out.Item));
  }

  async saveAlerts(
    current: OutboxCase,
    alerts: CaseAlerts,
    options: SaveAlertsOptions = {},
  ): Promise<OutboxCase | undefined> {
    const revision = current.alertsRevision + 1;
    const set = ['#alerts = :alerts', '#revision = :revision'];
    const remove: string[] = [];
    const names: Record<string, string> = { '#alerts': 'alerts', '#revision': 'alertsRevision' };
    const values: Record<string, unknown> = { ':alerts': alerts, ':revision': revision };

    const nextAttempt = nextOutboxAttempt(alerts);
    if (nextAttempt) {
      set.push('outboxPk = :outboxPk', 'outboxSk = :outboxSk');
      values[':outboxPk'] = OUTBOX_PARTITION;
      values[':outboxSk'] = keys.scheduleSortKey(nextAttempt, current.tenantId, current.caseId);
    } else {
      remove.push('outboxPk', 'outboxSk');
    }
    if (options.slaWatch === 'stop') {
      remove.push('slaPk', 'slaSk');
    } else if (options.slaWatch) {
      set.push('slaPk = :slaPk', 'slaSk = :slaSk');
      values[':slaPk'] = SLA_PARTITION;
      values[':slaSk'] = keys.scheduleSortKey(options.slaWatch, current.tenantId, current.caseId);
    }
    if (options.messageId) {
      set.push('#messageId = :messageId');
      names['#messageId'] = GSI.byMessageId.partitionKey;
      values[':messageId'] = options.messageId;
    }

    const conditions = ['attribute_exists(PK)'];
    if (current.alertsRevision === 0) {
      conditions.push('attribute_not_exists(#revision)');
    } else {
      conditions.push('#revision = :expected');
      values[':expected'] = current.alertsRevision;
    }
    if (options.requireStatus) {
      conditions.push('#status = :status');
      names['#status'] = 'status';
      values[':status'] = options.requireStatus;
    }

    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.case(current.tenantId, current.caseId),
          UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return { ...current, alerts, alertsRevision: revision };
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async stopSlaWatch(current: OutboxCase): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.case(current.tenantId, current.caseId),
          UpdateExpression: 'REMOVE slaPk, slaSk',
          ConditionExpression: 'attribute_exists(PK) AND #status <> :awaiting',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':awaiting': 'diterima' satisfies CaseStatus },
        }),
      );
    } catch (error) {
      // Still (or again) awaiting assessment: it stays in the schedule.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async markAlertSent(tenantId: string, caseId: string, event: AlertEvent, sentAt: string, stored?: OutboxCase, messageId?: string): Promise<boolean> {
    for (let tries = 0; tries < MAX_MARK_TRIES; tries++) {
      const current = tries === 0 && stored ? stored : await this.findOutboxCase(tenantId, caseId);
      const entry = current?.alerts[event];
      // Gone, or already marked by a concurrent sender: nothing left to do.
      if (!current || entry?.state !== 'pending') return false;
      const saved = await this.saveAlerts(current, { ...current.alerts, [event]: { ...entry, state: 'sent', sentAt } }, { messageId });
      if (saved) return true;
    }
    throw new Error('alert state changed on every try');
  }

  async findDelivery(alert: CaseAlert): Promise<PublishedAlert | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: deliveryKey(alert),
        ConsistentRead: true,
      }),
    );
    return out.Item ? { messageId: String(out.Item.messageId) } : undefined;
  }

  async recordDelivery(alert: CaseAlert, delivery: PublishedAlert, at: string): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...deliveryKey(alert),
            type: 'AlertDelivery',
            // Which person of the chain this SMS went to: a carrier's failure moves the chain on from there.
            ...(alert.recipient ? { personId: alert.recipient.personId, step: alert.recipient.step } : {}),
            tenantId: alert.tenantId,
            caseId: alert.caseId,
            event: alert.event,
            dedupeId: alert.dedupeId,
            messageId: delivery.messageId,
            deliveredAt: at,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      // A concurrent sender recorded it first: the first record stays.
      if (!isConditionFailure(error)) throw error;
    }
  }

  private async queryDue(index: ScheduleIndex, partition: string, now: string, limit: number): Promise<OutboxCase[]> {
    const found: OutboxCase[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: '#pk = :pk AND #sk < :until',
          ...PROJECTION,
          ExpressionAttributeNames: { ...PROJECTION.ExpressionAttributeNames, '#pk': index.partitionKey, '#sk': index.sortKey },
          // Sort keys are `<ISO time>#…`; '$' sorts right after '#', so every entry due at or before `now` is below it.
          ExpressionAttributeValues: { ':pk': partition, ':until': `${now}$` },
          Limit: limit - found.length,
          ExclusiveStartKey,
        }),
      );
      found.push(...(out.Items ?? []).map(toOutboxCase));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey && found.length < limit);
    return found;
  }
}

/** One record per alert, and per person when the alert went to people of the directory. */
function deliveryKey(alert: CaseAlert) {
  return keys.alertDelivery(alert.tenantId, alert.caseId, alert.event, alert.recipient?.personId);
}

function toOutboxCase(item: Record<string, unknown>): OutboxCase {
  return {
    ...routingFieldsOf(item),
    alerts: (item.alerts ?? {}) as CaseAlerts,
    alertsRevision: typeof item.alertsRevision === 'number' ? item.alertsRevision : 0,
    acknowledgeWithinMinutes: typeof item.acknowledgeWithinMinutes === 'number' ? item.acknowledgeWithinMinutes : undefined,
    acknowledgedAt: optionalString(item.acknowledgedAt),
    ...(isAssignee(item.assignee) ? { assignee: item.assignee } : {}),
  };
}

function isAssignee(value: unknown): value is Assignee {
  const candidate = value as Partial<Assignee> | undefined;
  return typeof candidate?.id === 'string' && typeof candidate.name === 'string';
}
