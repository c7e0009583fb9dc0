/** Where the deployment tells its operators that something is wrong: one encrypted topic, many alarms. */
import { Aws, Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { UNATTRIBUTED_MESSAGES_METRIC } from '#shared/channels/whatsapp/metrics.js';
import { PRODUCT } from '../naming.js';
import { METRICS_NAMESPACE } from './lapor-function.js';

/** Published by the WhatsApp webhook through Powertools Metrics (the `service` dimension is the product's). */
export const UNATTRIBUTED_WHATSAPP_METRIC = {
  namespace: METRICS_NAMESPACE,
  metricName: UNATTRIBUTED_MESSAGES_METRIC,
  dimensionsMap: { service: PRODUCT },
} as const;

export interface AlarmOptions {
  readonly metric: IMetric;
  readonly description: string;
  /** Alarm when the statistic is at least this (default 1). */
  readonly threshold?: number;
  /** Consecutive periods that must breach (default 1). */
  readonly periods?: number;
}

/** Every alarm of the deployment is named so: the topic admits CloudWatch for these names only. */
export const ALARM_NAME_PREFIX = `${PRODUCT}-`;

export class Operations extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, key: IKey) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', {
      topicName: `${PRODUCT}-operations`,
      displayName: 'Lapor Aman operations',
      masterKey: key,
      enforceSSL: true,
    });
    // enforceSSL gives the topic a policy of its own, which replaces SNS's default one: without this
    // statement every alarm action fails with "not authorized to perform SNS:Publish".
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisDeployment',
        actions: ['sns:Publish'],
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnLike: { 'aws:SourceArn': alarmArn(`${ALARM_NAME_PREFIX}*`) },
        },
      }),
    );
    // CloudWatch publishes alarm notifications itself, so it must be able to use the topic's key.
    key.addToResourcePolicy(
      new PolicyStatement({
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        resources: ['*'],
        // Only for this account's alarms: the same key encrypts the case table.
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    this.alarm('UnattributedWhatsAppMessages', {
      metric: new Metric({ ...UNATTRIBUTED_WHATSAPP_METRIC, period: FIVE_MINUTES, statistic: 'Sum' }),
      description: 'A WhatsApp message named no sender the product can answer: someone may have written and got no reply',
    });
  }

  alarm(id: string, options: AlarmOptions): Alarm {
    const alarm = new Alarm(this, id, {
      alarmName: `${ALARM_NAME_PREFIX}${id}`,
      metric: options.metric,
      alarmDescription: options.description,
      threshold: options.threshold ?? 1,
      evaluationPeriods: options.periods ?? 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}

/** A CloudWatch alarm's ARN in this account and Region (`name` may end in `*`). */
export const alarmArn = (name: string) => `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:${name}`;

export const FIVE_MINUTES = Duration.minutes(5);
