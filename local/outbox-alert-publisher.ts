/** Local AlertPublisher: the SMS text on the console and a record in the table's local outbox (`GET /_local/outbox`). */
import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { formatAlertSms } from '#shared/alerts/alert-text.js';
import { type AlertAudience, audienceOf } from '#shared/alerts/case-alert.js';
import type { AlertPublisher, CaseAlert, Clock, PublishedAlert } from '#shared/intake/ports.js';
import type { TenantRegistry } from '#shared/tenancy/tenant-registry.js';

export const LOCAL_OUTBOX_PK = 'LOCAL#OUTBOX';

/** One SMS as a phone would have received it: every publish is a new entry, so a duplicate shows. */
export interface LocalOutboxEntry {
  readonly tenantId: string;
  readonly caseId: string;
  readonly event: string;
  readonly audience: AlertAudience;
  readonly dedupeId: string;
  readonly urgency: string;
  readonly sms: string;
  readonly messageId: string;
  readonly publishedAt: string;
  /** A person of the directory (their id and place in the chain); absent: the regency's topic. */
  readonly personId?: string;
  readonly step?: string;
}

export class LocalOutboxAlertPublisher implements AlertPublisher {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly tenants: TenantRegistry,
    private readonly clock: Clock,
    private readonly print: (line: string) => void,
  ) {}

  async publish(alert: CaseAlert): Promise<PublishedAlert> {
    const tenant = await this.tenants.find(alert.tenantId);
    const entry: LocalOutboxEntry = {
      tenantId: alert.tenantId,
      caseId: alert.caseId,
      event: alert.event,
      audience: audienceOf(alert.event),
      dedupeId: alert.dedupeId,
      urgency: alert.urgency,
      sms: formatAlertSms(alert, tenant?.timeZone ?? 'Asia/Jakarta'),
      messageId: randomUUID(),
      publishedAt: this.clock.now().toISOString(),
      ...(alert.recipient ? { personId: alert.recipient.personId, step: alert.recipient.step } : {}),
    };
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { PK: LOCAL_OUTBOX_PK, SK: `${entry.publishedAt}#${entry.messageId}`, type: 'LocalAlert', ...entry },
      }),
    );
    const to = alert.recipient ? `${alert.recipient.name} (${alert.recipient.step})` : entry.audience;
    this.print(`[alert → ${entry.tenantId} ${to}] ${entry.sms}`);
    return { messageId: entry.messageId };
  }
}

/** Newest first. */
export async function readLocalOutbox(
  db: DynamoDBDocumentClient,
  tableName: string,
  limit = 100,
): Promise<LocalOutboxEntry[]> {
  const out = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': LOCAL_OUTBOX_PK },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(({ PK: _pk, SK: _sk, type: _type, ...entry }) => entry as LocalOutboxEntry);
}
