/**
 * Cloud AlertPublisher: one SNS topic per tenant (and optionally a supervisors' topic). `MessageStructure:
 * json` gives phones a GSM-7 SMS of at most 160 characters and email / HTTPS subscribers a fuller JSON.
 * Nothing personal in either: both are built from the routing fields of the alert.
 */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { AlertPublisher, CaseAlert, PublishedAlert } from '../intake/ports.js';
import type { Tenant } from '../tenancy/tenant.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { formatAlertSms } from './alert-text.js';
import { type AlertAudience, audienceOf } from './case-alert.js';

const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export interface AlertTopics {
  readonly onCall: (tenantId: string) => string;
  /** Absent: supervisors' escalations go to the on-call topic. */
  readonly supervisors?: (tenantId: string) => string;
}

export class SnsAlertPublisher implements AlertPublisher {
  constructor(
    private readonly sns: SNSClient,
    private readonly tenants: Pick<TenantRegistry, 'find'>,
    private readonly topics: AlertTopics,
  ) {}

  async publish(alert: CaseAlert): Promise<PublishedAlert> {
    const tenant = await this.tenants.find(alert.tenantId);
    const { topicArn, audience } = this.route(alert, tenant);
    const sms = formatAlertSms(alert, tenant?.timeZone ?? DEFAULT_TIME_ZONE);
    const detail = JSON.stringify(alertDetail(alert, audience, sms));
    const out = await this.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        MessageStructure: 'json',
        Subject: `Lapor Aman ${alert.reference}`,
        Message: JSON.stringify({ default: detail, sms, email: detail, https: detail }),
        MessageAttributes: {
          urgency: { DataType: 'String', StringValue: alert.urgency },
          channel: { DataType: 'String', StringValue: alert.channel },
          event: { DataType: 'String', StringValue: alert.event },
          // Standard topics have no deduplication: subscribers (and our delivery log) use this id.
          dedupeId: { DataType: 'String', StringValue: alert.dedupeId },
          // Alerts are time-critical: SNS routes transactional SMS for reliability, not cost.
          'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
        },
      }),
    );
    if (!out.MessageId) throw new Error('SNS accepted the alert without a MessageId');
    return { messageId: out.MessageId };
  }

  /** A tenant without supervisor numbers (or a deployment without that topic) escalates to on-call. */
  private route(alert: CaseAlert, tenant: Tenant | undefined): { topicArn: string; audience: AlertAudience } {
    const supervisors = this.topics.supervisors;
    const listed = (tenant?.alerts?.supervisorSms.length ?? 0) > 0;
    if (audienceOf(alert.event) === 'supervisors' && supervisors && listed) {
      return { topicArn: supervisors(alert.tenantId), audience: 'supervisors' };
    }
    return { topicArn: this.topics.onCall(alert.tenantId), audience: 'on-call' };
  }
}

/** The JSON for email / HTTPS subscribers: routing facts, ids and the SMS text, nothing personal. */
function alertDetail(alert: CaseAlert, audience: AlertAudience, sms: string) {
  return {
    type: 'lapor-aman.case-alert',
    version: 1,
    dedupeId: alert.dedupeId,
    tenantId: alert.tenantId,
    caseId: alert.caseId,
    event: alert.event,
    audience,
    reference: alert.reference,
    channel: alert.channel,
    service: alert.service,
    category: alert.category,
    urgency: alert.urgency,
    kecamatan: alert.kecamatan ?? null,
    dueAt: alert.dueAt,
    sms,
  };
}
