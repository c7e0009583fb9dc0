/**
 * The smoke test's reads and its one delete in the product's table: the test case by its reference, the
 * message id of its alert SMS, and the removal of every item of that case. It removes nothing outside a
 * regency that config/tenants.json marks as a smoke-test regency.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCaseStore } from '#shared/store/dynamo-case-store.js';
import { keys } from '#shared/store/table-design.js';
import type { Tenant } from '#shared/tenancy/tenant.js';

/** What the product recorded about the alert SMS of a case. */
export interface AlertDelivery {
  /** What SNS (or the local transport) answered when it accepted the alert. */
  readonly messageId: string;
  /** Set once a carrier's refusal was recorded (functions/sms-delivery-status). */
  readonly failureReason?: string;
}

const BATCH = 25;

export class SmokeCaseStore {
  private readonly db: DynamoDBDocumentClient;
  private readonly cases: DynamoCaseStore;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    this.cases = new DynamoCaseStore(this.db, tableName);
  }

  async findCaseId(tenant: Tenant, reference: string): Promise<string | undefined> {
    return (await this.cases.findCaseByReference(tenant.id, reference))?.caseId;
  }

  /**
   * The case's `received` alert once the transport accepted it: its delivery record (written when marking
   * sent failed, or by a carrier's refusal), else the message id the intake kept on the case item.
   */
  async findDelivery(tenant: Tenant, caseId: string): Promise<AlertDelivery | undefined> {
    const record = await this.get(keys.alertDelivery(tenant.id, caseId, 'received'));
    if (record) {
      const reason = record.lastSmsFailureReason;
      return { messageId: String(record.messageId), ...(typeof reason === 'string' ? { failureReason: reason } : {}) };
    }
    const marked = await this.get(keys.case(tenant.id, caseId));
    return typeof marked?.messageId === 'string' ? { messageId: marked.messageId } : undefined;
  }

  private async get(key: Record<string, string>): Promise<Record<string, unknown> | undefined> {
    return (await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }))).Item;
  }

  /** Deletes every item of the case (case, intake claim, alert records): returns how many. */
  async removeCase(tenant: Tenant, caseId: string): Promise<number> {
    if (!tenant.smokeTest) throw new Error(`${tenant.id} is no smoke-test regency: its cases are never removed`);
    const partition = keys.tenant(tenant.id).PK;
    const found: Record<string, unknown>[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk',
          FilterExpression: 'caseId = :caseId',
          ExpressionAttributeValues: { ':pk': partition, ':caseId': caseId },
          ProjectionExpression: 'PK, SK',
          ExclusiveStartKey,
        }),
      );
      found.push(...(out.Items ?? []));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    for (let start = 0; start < found.length; start += BATCH) {
      let requests = found.slice(start, start + BATCH).map((Key) => ({ DeleteRequest: { Key } }));
      while (requests.length > 0) {
        const out = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
        requests = (out.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      }
    }
    return found.length;
  }
}
