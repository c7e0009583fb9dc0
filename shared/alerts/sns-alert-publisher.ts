/** Cloud AlertPublisher: one SNS topic per tenant; SMS text for phones, a fuller JSON for other subscribers. */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { AlertPublisher, CaseAlert } from '../intake/ports.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { formatAlertSms } from './alert-text.js';

export class SnsAlertPublisher implements AlertPublisher {
  constructor(
    private readonly sns: SNSClient,
    private readonly tenants: TenantRegistry,
    private readonly topicFor: (tenantId: string) => string,
  ) {}

  async publish(alert: CaseAlert): Promise<void> {
    const tenant = await this.tenants.find(alert.tenantId);
    const sms = formatAlertSms(alert, tenant?.timeZone ?? 'Asia/Jakarta');
    const { tenantId, caseId, event, reference, channel, service, category, urgency, kecamatan, dueAt, dedupeId } = alert;
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.topicFor(alert.tenantId),
        MessageStructure: 'json',
        Message: JSON.stringify({
          default: sms,
          sms,
          email: sms,
          https: JSON.stringify({ tenantId, caseId, event, reference, channel, service, category, urgency, kecamatan, dueAt, dedupeId }),
        }),
        MessageAttributes: {
          urgency: { DataType: 'String', StringValue: urgency },
          channel: { DataType: 'String', StringValue: channel },
          dedupeId: { DataType: 'String', StringValue: dedupeId },
        },
      }),
    );
  }
}
