/**
 * Failed SMS deliveries on DynamoDB: the alert is found through the sparse `byMessageId` index, whose items
 * are delivery records and, for the intake's first SMS (marked sent with its message id, no record), the case
 * item itself. Each failure is one conditional UpdateItem on the alert's delivery record, made by the first
 * failure when only the case carried the id; it keeps every report id it counted (a redelivered report
 * changes nothing).
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
const CASE_SORT_KEY_PREFIX = keys.case('', '').SK;
/** The alert whose SMS a case item's `messageId` names (shared/intake/publish-case-alert.ts). */
const CASE_ITEM_EVENT: AlertEvent = 'received';

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
        KeyConditionExpression: '#messageId = :messageId',
        ExpressionAttributeNames: { '#messageId': GSI.byMessageId.partitionKey },
        ExpressionAttributeValues: { ':messageId': messageId },
      }),
    );
    // Other items may carry a messageId too (the local outbox's entries): their sort key tells them apart.
    const item = out.Items?.find((found) => [DELIVERY_SORT_KEY_PREFIX, CASE_SORT_KEY_PREFIX].some((prefix) => String(found.SK).startsWith(prefix)));
    if (!item || typeof item.tenantId !== 'string' || typeof item.caseId !== 'string') return undefined;
    if (String(item.SK).startsWith(CASE_SORT_KEY_PREFIX)) return { tenantId: item.tenantId, caseId: item.caseId, event: CASE_ITEM_EVENT, messageId };
    const recipient =
      typeof item.personId === 'string' ? { personId: item.personId, step: String(item.step) as AlertRecipient['step'] } : undefined;
    return { tenantId: item.tenantId, caseId: item.caseId, event: String(item.event) as AlertEvent, messageId, ...(recipient ? { recipient } : {}) };
  }

  async recordFailure(alert: DeliveredAlert, failure: SmsDeliveryFailure): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.alertDelivery(alert.tenantId, alert.caseId, alert.event, alert.recipient?.personId),
          // Makes the record when only the case carried the message id: it then also stops a second SMS.
          UpdateExpression:
            'ADD smsFailureReports :report, smsFailureCount :one SET lastSmsFailureAt = :at, lastSmsFailureReason = :reason, ' +
            '#type = if_not_exists(#type, :type), tenantId = :tenantId, caseId = :caseId, #event = :event, messageId = if_not_exists(messageId, :messageId)',
          ConditionExpression: 'NOT contains(smsFailureReports, :reportId)',
          ExpressionAttributeNames: { '#type': 'type', '#event': 'event' },
          ExpressionAttributeValues: {
            ':type': 'AlertDelivery',
            ':tenantId': alert.tenantId,
            ':caseId': alert.caseId,
            ':event': alert.event,
            ':messageId': alert.messageId,
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
