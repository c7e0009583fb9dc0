/** A tenant's alert topic, encrypted with the tenant key, with the configured numbers subscribed by SMS. */
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { SmsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { type AlertAudience, alertTopicName } from '../naming.js';

export interface TenantAlertTopicProps {
  readonly tenantId: string;
  readonly audience: AlertAudience;
  readonly key: IKey;
  /** E.164 numbers (validated by the tenant schema). */
  readonly smsNumbers: readonly string[];
}

export class TenantAlertTopic extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: TenantAlertTopicProps) {
    super(scope, id);
    // No display name: SNS would prefix it to every SMS and push the 160-character alert into two parts.
    this.topic = new Topic(this, 'Topic', {
      topicName: alertTopicName(props.tenantId, props.audience),
      masterKey: props.key,
      enforceSSL: true,
    });
    for (const number of new Set(props.smsNumbers)) this.topic.addSubscription(new SmsSubscription(number));
  }
}
