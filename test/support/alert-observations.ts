/** What a tester can see of alerts: the local outbox (as `GET /_local/outbox` shows it) and the stored case. */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalOutboxEntry } from '#local/outbox-alert-publisher.js';
import type { CaseStatus } from '#shared/domain/vocabulary.js';
import { keys } from '#shared/store/table-design.js';
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
