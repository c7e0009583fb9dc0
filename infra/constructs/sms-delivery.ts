/**
 * SMS that can be seen: the account's SMS settings (sender ID, type, spend limit) and SNS's delivery-status
 * logging, which CloudFormation has no resource for, set through `SetSMSAttributes`; the two log groups SNS
 * writes each SMS's fate to; an alarm on failed deliveries and one on the month's spend. A failed delivery
 * also reaches the product: the failure log group feeds a function that records it on the alert.
 */
import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, LogGroup, MetricFilter, SubscriptionFilter } from 'aws-cdk-lib/aws-logs';
import { LambdaDestination } from 'aws-cdk-lib/aws-logs-destinations';
import { AwsCustomResource, type AwsSdkCall, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { SmsSettings } from '../deployment-config.js';
import { allowOnPattern } from '../nag.js';
import { PRODUCT } from '../naming.js';
import { LOG_RETENTION, METRICS_NAMESPACE } from './lapor-function.js';
import { FIVE_MINUTES, type Operations } from './operations.js';

/** Where SNS writes the delivery status of every SMS of the account and Region (its names, not ours). */
export const smsDeliveryLogGroupName = (outcome: 'delivered' | 'failed') =>
  `sns/${Aws.REGION}/${Aws.ACCOUNT_ID}/DirectPublishToPhoneNumber${outcome === 'failed' ? '/Failure' : ''}`;

/** Counted from SNS's failure log by a metric filter: independent of our own code working. */
export const SMS_DELIVERY_FAILURES_METRIC = { namespace: METRICS_NAMESPACE, metricName: 'SmsDeliveryFailures' } as const;

/** What SNS reports as the account's SMS spend since the first of the month (USD). */
export const SMS_SPEND_METRIC = { namespace: 'AWS/SNS', metricName: 'SMSMonthToDateSpentUSD' } as const;

export interface SmsDeliveryProps {
  readonly settings: SmsSettings;
  readonly operations: Operations;
}

export class SmsDelivery extends Construct {
  readonly deliveredLogs: LogGroup;
  readonly failedLogs: LogGroup;
  /** The role SNS assumes to write delivery-status logs. */
  readonly loggingRole: Role;
  readonly settings: AwsCustomResource;

  constructor(scope: Construct, id: string, props: SmsDeliveryProps) {
    super(scope, id);
    // Created here rather than by SNS so that they are kept 90 days, not forever: they hold staff numbers.
    const logGroup = (logId: string, outcome: 'delivered' | 'failed') =>
      new LogGroup(this, logId, {
        logGroupName: smsDeliveryLogGroupName(outcome),
        retention: LOG_RETENTION,
        removalPolicy: RemovalPolicy.DESTROY,
      });
    this.deliveredLogs = logGroup('DeliveredLogs', 'delivered');
    this.failedLogs = logGroup('FailedLogs', 'failed');

    this.loggingRole = new Role(this, 'LoggingRole', {
      assumedBy: new ServicePrincipal('sns.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description: 'Lapor Aman: lets SNS log the delivery status of SMS',
    });
    allowOnPattern(
      this.loggingRole,
      new PolicyStatement({
        sid: 'WriteSmsDeliveryStatus',
        // The actions SNS's delivery-status feedback documents for its role.
        actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:PutMetricFilter', 'logs:PutRetentionPolicy'],
        resources: [this.deliveredLogs.logGroupArn, this.failedLogs.logGroupArn],
      }),
      'SNS names a log stream per delivery batch inside the two log groups it writes SMS delivery status to; the pattern covers those streams of these two groups only.',
    );
    this.settings = this.applyAccountSettings(props.settings);

    new MetricFilter(this, 'FailedDeliveries', {
      logGroup: this.failedLogs,
      filterPattern: FilterPattern.stringValue('$.status', '=', 'FAILURE'),
      metricNamespace: SMS_DELIVERY_FAILURES_METRIC.namespace,
      metricName: SMS_DELIVERY_FAILURES_METRIC.metricName,
      metricValue: '1',
    });
    props.operations.alarm('SmsDeliveryFailures', {
      metric: new Metric({ ...SMS_DELIVERY_FAILURES_METRIC, period: FIVE_MINUTES, statistic: 'Sum' }),
      description:
        'An alert SMS was accepted by SNS but not delivered (sandbox, spend limit, carrier refusal, unreachable phone): on-call staff may not know about a case. The SNS failure log names the reason.',
    });
    const { monthlySpendLimitUsd, spendAlarmAtShare } = props.settings;
    props.operations.alarm('SmsSpend', {
      metric: new Metric({ ...SMS_SPEND_METRIC, period: FIVE_MINUTES, statistic: 'Maximum' }),
      threshold: Math.round(monthlySpendLimitUsd * spendAlarmAtShare * 100) / 100,
      description: `SMS spend this month passed ${Math.round(spendAlarmAtShare * 100)} % of the USD ${monthlySpendLimitUsd} limit: at the limit SNS stops sending alerts. Raise the quota (support case) and sms.monthlySpendLimitUsd in config/deployment.json.`,
    });
  }

  /** The product's own record of each failure: a subscription of the failure log group. */
  sendFailuresTo(recorder: IFunction): SubscriptionFilter {
    return new SubscriptionFilter(this, 'FailuresToProduct', {
      logGroup: this.failedLogs,
      destination: new LambdaDestination(recorder),
      filterPattern: FilterPattern.stringValue('$.status', '=', 'FAILURE'),
    });
  }

  /** Account-wide SNS settings: CloudFormation has no resource for them, so a custom resource calls the API. */
  private applyAccountSettings(settings: SmsSettings): AwsCustomResource {
    const attributes: Record<string, string> = {
      DefaultSMSType: settings.smsType,
      MonthlySpendLimit: String(settings.monthlySpendLimitUsd),
      DeliveryStatusIAMRole: this.loggingRole.roleArn,
      DeliveryStatusSuccessSamplingRate: String(settings.deliveryStatusSuccessSamplingRate),
      // Unset in the config: the account keeps whatever sender ID it has (none on a new account).
      ...(settings.senderId ? { DefaultSenderID: settings.senderId } : {}),
    };
    const call: AwsSdkCall = {
      service: 'SNS',
      action: 'setSMSAttributes',
      parameters: { attributes },
      physicalResourceId: PhysicalResourceId.of(`${PRODUCT}-sms-settings`),
    };
    const role = new Role(this, 'SettingsRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: "Lapor Aman: applies the account's SMS settings when the core stack deploys",
    });
    const logs = new LogGroup(this, 'SettingsLogs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });
    logs.grantWrite(role);
    allowOnPattern(
      role,
      new PolicyStatement({ sid: 'SetSmsAttributes', actions: ['sns:SetSMSAttributes'], resources: ['*'] }),
      'SetSMSAttributes acts on the account and supports no resource-level permission: IAM accepts only "*" for it.',
    );
    role.addToPolicy(new PolicyStatement({ sid: 'PassLoggingRole', actions: ['iam:PassRole'], resources: [this.loggingRole.roleArn] }));
    const settingsResource = new AwsCustomResource(this, 'Settings', {
      resourceType: 'Custom::SmsSettings',
      onCreate: call,
      onUpdate: call,
      role,
      installLatestAwsSdk: false,
      timeout: Duration.minutes(1),
      logGroup: logs,
    });
    // Both roles' policies are resources of their own: the call must wait for them, not only for the roles.
    settingsResource.node.addDependency(role, this.loggingRole);
    return settingsResource;
  }
}
