/** The case-work reminder schedule: the sparse `caseworkDeadlines` index over case items. */
import { type DynamoDBDocumentClient, DeleteCommand, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseworkSchedule, CaseworkWatch } from '../alerts/casework-reminders.js';
import type { CaseAlerts } from '../alerts/ports.js';
import type { CaseworkAlertEvent } from '../intake/ports.js';
import type { CaseworkClockState } from '../staff/casework-clock.js';
import { isConditionFailure } from './condition-failure.js';
import { CASEWORK_PARTITION, GSI, keys } from './table-design.js';

const INDEX = GSI.caseworkDeadlines;

export class DynamoCaseworkSchedule implements CaseworkSchedule {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async findDueReminders(now: string, limit: number): Promise<CaseworkWatch[]> {
    const found: CaseworkWatch[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: INDEX.name,
          KeyConditionExpression: '#pk = :pk AND #sk < :until',
          ProjectionExpression: '#tenantId, #caseId, #sk',
          ExpressionAttributeNames: { '#pk': INDEX.partitionKey, '#sk': INDEX.sortKey, '#tenantId': 'tenantId', '#caseId': 'caseId' },
          // Sort keys are `<ISO time>#…`; '$' sorts right after '#': every entry due at or before `now` is below it.
          ExpressionAttributeValues: { ':pk': CASEWORK_PARTITION, ':until': `${now}$` },
          Limit: limit - found.length,
          ExclusiveStartKey,
        }),
      );
      for (const item of out.Items ?? []) {
        found.push({ tenantId: String(item.tenantId), caseId: String(item.caseId), watchKey: String(item[INDEX.sortKey]) });
      }
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey && found.length < limit);
    return found;
  }

  async findClock(tenantId: string, caseId: string): Promise<CaseworkClockState | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.case(tenantId, caseId),
        ProjectionExpression: '#type, #category, #createdAt, #policeReferral, #plan, #alerts',
        ExpressionAttributeNames: {
          '#type': 'type',
          '#category': 'category',
          '#createdAt': 'createdAt',
          '#policeReferral': 'policeReferral',
          '#plan': 'plan',
          '#alerts': 'alerts',
        },
        ConsistentRead: true,
      }),
    );
    const item = out.Item;
    if (item?.type !== 'Case') return undefined;
    return {
      category: item.category as CaseworkClockState['category'],
      createdAt: String(item.createdAt),
      policeReferral: item.policeReferral as CaseworkClockState['policeReferral'],
      plan: item.plan as CaseworkClockState['plan'],
      alerts: (item.alerts ?? {}) as CaseAlerts,
    };
  }

  async moveWatch(watch: CaseworkWatch, at: string | undefined): Promise<void> {
    const move: { UpdateExpression: string; names: Record<string, string>; values: Record<string, string> } =
      at === undefined
        ? { UpdateExpression: 'REMOVE #pk, #sk', names: { '#pk': INDEX.partitionKey }, values: {} }
        : { UpdateExpression: 'SET #sk = :to', names: {}, values: { ':to': keys.scheduleSortKey(at, watch.tenantId, watch.caseId) } };
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.case(watch.tenantId, watch.caseId),
          UpdateExpression: move.UpdateExpression,
          ConditionExpression: '#sk = :from',
          ExpressionAttributeNames: { '#sk': INDEX.sortKey, ...move.names },
          ExpressionAttributeValues: { ':from': watch.watchKey, ...move.values },
        }),
      );
    } catch (error) {
      // A case change (a new plan, a police referral) placed it anew: its place stands.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async forgetDelivery(tenantId: string, caseId: string, event: CaseworkAlertEvent): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keys.alertDelivery(tenantId, caseId, event) }));
  }
}
