/**
 * Cloud transport of one person's alert SMS: SNS `Publish` straight to their number (no topic). The number
 * is opened from its sealed form (`staffPhone`) just before sending and is never logged or returned. The
 * text is the topic's: routing fields and the case's alert link, never a word of the report.
 */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { AlertPublisher, CaseAlert, PublishedAlert } from '../intake/ports.js';
import { phoneContext } from '../oncall/staff-person.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { formatAlertSms } from './alert-text.js';

const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export class SnsPhoneAlertPublisher implements AlertPublisher {
  constructor(
    private readonly sns: SNSClient,
    private readonly tenants: TenantRegistry,
    private readonly vault: IdentityVault,
    /** The registered alphanumeric sender ID (config/deployment.json), if any. */
    private readonly senderId?: string,
  ) {}

  async publish(alert: CaseAlert): Promise<PublishedAlert> {
    const { recipient } = alert;
    if (!recipient) throw new Error('a person alert without its recipient');
    const tenant = await this.tenants.find(alert.tenantId);
    const phone = await this.vault.open<string>(phoneContext(alert.tenantId, recipient.personId), recipient.phone);
    const out = await this.sns.send(
      new PublishCommand({
        PhoneNumber: phone,
        Message: formatAlertSms(alert, tenant?.timeZone ?? DEFAULT_TIME_ZONE),
        MessageAttributes: {
          // Alerts are time-critical: SNS routes transactional SMS for reliability, not cost.
          'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
          ...(this.senderId ? { 'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: this.senderId } } : {}),
        },
      }),
    );
    if (!out.MessageId) throw new Error('SNS accepted the SMS without a MessageId');
    return { messageId: out.MessageId };
  }
}
