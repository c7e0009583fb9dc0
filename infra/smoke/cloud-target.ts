/**
 * A deployment: its table with the IT officer's own AWS credentials, and SNS's SMS delivery-status log
 * groups (`sns/<region>/<account>/DirectPublishToPhoneNumber[/Failure]`), where SNS writes what became of
 * each SMS, found by the MessageId it answered when it accepted the alert.
 */
import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  FilterLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { smsFailureReason } from '#shared/alerts/sns-sms-delivery-status.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { SmokeCaseStore } from './smoke-case-store.js';
import type { SmokeTarget, SmsLogEntry } from './smoke-target.js';

export interface CloudTargetOptions {
  readonly region: string;
  readonly tableName: string;
}

const DELIVERY_LOG = '/DirectPublishToPhoneNumber';
/** SNS's timestamps and CloudWatch's may differ a little: look a minute before the report was filed. */
const CLOCK_SLACK_MS = 60_000;

export class CloudTarget implements SmokeTarget {
  readonly description: string;
  readonly cases: SmokeCaseStore;
  readonly silentBecause?: string;
  private readonly logs: CloudWatchLogsClient;

  constructor(
    private readonly options: CloudTargetOptions,
    tenant: Tenant,
  ) {
    this.description = `the deployment in ${options.region} (table ${options.tableName})`;
    this.cases = new SmokeCaseStore(new DynamoDBClient({ region: options.region }), options.tableName);
    this.logs = new CloudWatchLogsClient({ region: options.region });
    if ((tenant.alerts?.onCallSms.length ?? 0) === 0) {
      this.silentBecause = `${tenant.id} lists no on-call number (alerts.onCallSms in config/tenants.json): SNS had no phone to send its alert to`;
    }
  }

  async smsDeliveryOf(messageId: string, since: Date): Promise<SmsLogEntry | undefined> {
    const groups = await this.deliveryLogGroups();
    for (const group of groups) {
      const out = await this.logs.send(
        new FilterLogEventsCommand({
          logGroupName: group,
          startTime: since.getTime() - CLOCK_SLACK_MS,
          filterPattern: `{ $.notification.messageId = "${messageId}" }`,
          limit: 1,
        }),
      );
      const [event] = out.events ?? [];
      if (!event?.message) continue;
      const record = JSON.parse(event.message) as { status?: string; delivery?: { providerResponse?: string } };
      const response = record.delivery?.providerResponse ?? '';
      return record.status === 'SUCCESS'
        ? { delivered: true, detail: `SNS delivery log: "${response}"` }
        : { delivered: false, reason: smsFailureReason(response) };
    }
    return undefined;
  }

  /** Both groups SNS writes SMS delivery status to in this Region (the account is in their names). */
  private async deliveryLogGroups(): Promise<string[]> {
    const out = await this.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: `sns/${this.options.region}/` }));
    const names = (out.logGroups ?? []).map((group) => group.logGroupName ?? '');
    return names.filter((name) => name.endsWith(DELIVERY_LOG) || name.endsWith(`${DELIVERY_LOG}/Failure`));
  }
}
