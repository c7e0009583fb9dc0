/**
 * Failed SMS deliveries on DynamoDB: the alert is found through the sparse `byMessageId` index of delivery
 * records, and each failure is one conditional UpdateItem on that record, which keeps every report id it
 * counted (a redelivered report changes nothing).
 */
import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  DeliveredAlert,
  SmsDeliveryFailure,
  SmsDeliveryFailureLog,
} from '../alerts/record-sms-delivery-failure.js';
import type { AlertEvent, AlertRecipient } from '../intake/ports.js';
import { isConditionFailure } from './condition-failure.js';
import { GSI, keys } from './table-design.js';

const DELIVERY_SORT_KEY_PREFIX = keys.alertDelivery('', '', '').SK.replace(/#+$/, '#');

export class DynamoSmsDeliveryFailures implements SmsDeliveryFailureLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async findAlertByMessageId(messageId: string): Promise<DeliveredAlert | undefined> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: GSI.byMessageId.name,
        KeyConditionExpression: '#messageId = :messageId AND begins_with(#sk, :delivery)',
        ExpressionAttributeNames: { '#messageId': GSI.byMessageId.partitionKey, '#sk': GSI.byMessageId.sortKey },
        ExpressionAttributeValues: { ':messageId': messageId, ':delivery': DELIVERY_SORT_KEY_PREFIX },
      }),
    );
    const item = out.Items?.[0];
    if (!item || typeof item.tenantId !== 'string' || typeof item.caseId !== 'string') return undefined;
    const recipient =
      typeof item.personId === 'string' ? { personId: item.personId, step: String(item.step) as AlertRecipient['step'] } : undefined;
    return { tenantId: item.tenantId, caseId: item.caseId, event: String(item.event) as AlertEvent, ...(recipient ? { recipient } : {}) };
  }

  async recordFailure(alert: DeliveredAlert, failure: SmsDeliveryFailure): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.alertDelivery(alert.tenantId, alert.caseId, alert.event, alert.recipient?.personId),
          UpdateExpression:
            'ADD smsFailureReports :report, smsFailureCount :one SET lastSmsFailureAt = :at, lastSmsFailureReason = :reason',
          ConditionExpression: 'attribute_exists(PK) AND NOT contains(smsFailureReports, :reportId)',
          ExpressionAttributeValues: {
            ':report': new Set([failure.reportId]),
            ':reportId': failure.reportId,
            ':one': 1,
            ':at': failure.failedAt,
            ':reason': failure.reason,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
