/** What a tester can see of alerts: the local outbox (as `GET /_local/outbox` shows it) and the stored case. */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalOutboxEntry } from '#local/outbox-alert-publisher.js';
import { planUrgencyChange } from '#shared/alerts/urgency-change-plan.js';
import type { CaseStatus, Urgency } from '#shared/domain/vocabulary.js';
import { keys, SLA_PARTITION } from '#shared/store/table-design.js';
import type { TestRuntime } from './local-runtime.js';

/** Every SMS the local "phones" received about one case, oldest first. */
export async function smsAbout(runtime: TestRuntime, reference: string): Promise<LocalOutboxEntry[]> {
  const response = await fetch(`${runtime.url}/_local/outbox`);
  const { alerts } = (await response.json()) as { alerts: LocalOutboxEntry[] };
  return alerts.filter((entry) => entry.sms.includes(reference)).reverse();
}

/** Every case stored under a reference, as stored (exactly one for an acknowledged report). */
export async function casesWithReference(runtime: TestRuntime, reference: string): Promise<Record<string, any>[]> {
  return (await runtime.scanAll()).filter((item) => item.type === 'Case' && item.reference === reference);
}

/** The one case stored under a reference; throws when there is none. */
export async function storedCase(runtime: TestRuntime, reference: string): Promise<Record<string, any>> {
  const [item] = await casesWithReference(runtime, reference);
  if (!item) throw new Error(`no case ${reference}`);
  return item;
}

/** Staff have no API yet (issue 8): a status change as one direct write, as staff assessing the case would cause. */
export async function setCaseStatus(runtime: TestRuntime, reference: string, status: CaseStatus): Promise<void> {
  const item = await storedCase(runtime, reference);
  await runtime.dynamo.documents.send(
    new UpdateCommand({
      TableName: runtime.tableName,
      Key: keys.case(String(item.tenantId), String(item.caseId)),
      UpdateExpression: 'SET #status = :status',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': status },
    }),
  );
}

/**
 * Staff have no classification endpoint yet (the case-work issue): an urgency change as the one conditional
 * write `planUrgencyChange` documents, under the tenant's stored hours. Only for a case whose alerts are
 * all sent (so its outbox position stays as it is). Returns false when the clock stayed as it was.
 */
export async function changeUrgency(runtime: TestRuntime, reference: string, urgency: Urgency): Promise<boolean> {
  const item = await storedCase(runtime, reference);
  const { tenantId, caseId, status, alerts, alertsRevision } = item;
  if (item.outboxPk) throw new Error(`${reference} has alerts still to send: changeUrgency does not move them`);
  const tenant = await runtime.deps.tenants.find(tenantId);
  if (!tenant) throw new Error(`no tenant ${tenantId}`);
  const plan = planUrgencyChange({ urgency: item.urgency, status, alerts }, urgency, tenant.responseHours, runtime.deps.clock.now());
  if (!plan) return false;
  const watched = plan.slaWatch !== 'stop';
  await runtime.dynamo.documents.send(
    new UpdateCommand({
      TableName: runtime.tableName,
      Key: keys.case(tenantId, caseId),
      UpdateExpression: `SET urgency = :urgency, dueAt = :dueAt, slaStartedAt = :startedAt, alerts = :alerts, alertsRevision = :revision${
        watched ? ', slaPk = :slaPk, slaSk = :slaSk' : ' REMOVE slaPk, slaSk'
      }`,
      ConditionExpression: '#status = :awaiting AND alertsRevision = :read',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':urgency': plan.urgency,
        ':dueAt': plan.dueAt,
        ':startedAt': plan.slaStartedAt,
        ':alerts': plan.alerts,
        ':read': alertsRevision,
        ':revision': alertsRevision + 1,
        ':awaiting': 'diterima',
        ...(watched ? { ':slaPk': SLA_PARTITION, ':slaSk': keys.scheduleSortKey(plan.slaWatch, tenantId, caseId) } : {}),
      },
    }),
  );
  return true;
}
