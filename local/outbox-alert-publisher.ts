/** Local AlertPublisher: the SMS text on the console and a record in the table's local outbox. */
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { formatAlertSms } from '#shared/alerts/alert-text.js';
import type { AlertPublisher, CaseAlert } from '#shared/intake/ports.js';
import type { TenantRegistry } from '#shared/tenancy/tenant-registry.js';

export const LOCAL_OUTBOX_PK = 'LOCAL#OUTBOX';

export interface LocalOutboxEntry {
  readonly tenantId: string;
  readonly caseId: string;
  readonly event: string;
  readonly dedupeId: string;
  readonly urgency: string;
  readonly sms: string;
  readonly publishedAt: string;
}

export class LocalOutboxAlertPublisher implements AlertPublisher {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly tenants: TenantRegistry,
    private readonly print: (line: string) => void,
  ) {}

  async publish(alert: CaseAlert): Promise<void> {
    const tenant = await this.tenants.find(alert.tenantId);
    const sms = formatAlertSms(alert, tenant?.timeZone ?? 'Asia/Jakarta');
    const publishedAt = new Date().toISOString();
    const entry: LocalOutboxEntry = {
      tenantId: alert.tenantId,
      caseId: alert.caseId,
      event: alert.event,
      dedupeId: alert.dedupeId,
      urgency: alert.urgency,
      sms,
      publishedAt,
    };
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { PK: LOCAL_OUTBOX_PK, SK: `${publishedAt}#${alert.dedupeId}`, type: 'LocalAlert', ...entry },
      }),
    );
    this.print(`[alert → ${alert.tenantId} on-call] ${sms}`);
  }
}

export async function readLocalOutbox(db: DynamoDBDocumentClient, tableName: string): Promise<LocalOutboxEntry[]> {
  const out = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': LOCAL_OUTBOX_PK },
    }),
  );
  return (out.Items ?? []) as LocalOutboxEntry[];
}
