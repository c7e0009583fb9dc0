import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cfnText } from './support/cfn-text.js';
import { type SynthesizedApp, synthesizeLaporAman, tenantsWithAlertNumbers } from './support/synthesize.js';

let synthesized: SynthesizedApp;

beforeAll(() => {
  synthesized = synthesizeLaporAman({ tenants: tenantsWithAlertNumbers() });
});

afterAll(() => synthesized.dispose());

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;

const templates = (): Template[] => [synthesized.core, ...synthesized.tenants.values()];


/** IAM's ArnLike: `*` matches any run of characters, `?` one. */
const arnLike = (pattern: string, arn: string) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.')}$`).test(arn);

/** Every (alarm, topic logical id) pair where the topic is one of the alarm's actions. */
function alarmTopics(template: Template): { alarm: string; topic: string }[] {
  const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm') as Resources);
  return alarms.flatMap((alarm) =>
    [...(alarm.Properties.AlarmActions ?? []), ...(alarm.Properties.OKActions ?? [])].map((action: { Ref: string }) => ({
      alarm: cfnText(alarm.Properties.AlarmName),
      topic: action.Ref,
    })),
  );
}

/** The statements of the topic policies that apply to a topic. */
function topicStatements(template: Template, topic: string): any[] {
  return Object.values(template.findResources('AWS::SNS::TopicPolicy') as Resources)
    .filter((policy) => policy.Properties.Topics.some((t: { Ref: string }) => t.Ref === topic))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

describe('alarm actions', () => {
  it('gives every alarm a name and an action', () => {
    // Act
    const pairs = templates().flatMap(alarmTopics);
    const alarms = templates().flatMap((t) => Object.values(t.findResources('AWS::CloudWatch::Alarm') as Resources));

    // Assess
    expect(alarms.length).toBeGreaterThan(10);
    expect(new Set(pairs.map((pair) => pair.alarm)).size).toBe(alarms.length);
  });

  it('lets CloudWatch publish to every topic that is an alarm action, for this account and these alarms only', () => {
    for (const template of templates()) {
      for (const { alarm, topic } of alarmTopics(template)) {
        // Act
        const statements = topicStatements(template, topic);
        const allowed = statements.filter(
          (s) =>
            s.Effect === 'Allow' &&
            [s.Principal?.Service].flat().includes('cloudwatch.amazonaws.com') &&
            [s.Action].flat().includes('sns:Publish'),
        );

        // Assess
        expect(allowed, `${alarm} → ${topic}`).toHaveLength(1);
        const [statement] = allowed;
        expect(cfnText(statement.Condition.StringEquals['aws:SourceAccount'])).toBe('<AWS::AccountId>');
        const sourceArn = cfnText(statement.Condition.ArnLike['aws:SourceArn']);
        expect(sourceArn.startsWith('arn:<AWS::Partition>:cloudwatch:<AWS::Region>:<AWS::AccountId>:alarm:')).toBe(true);
        expect(arnLike(sourceArn, `arn:<AWS::Partition>:cloudwatch:<AWS::Region>:<AWS::AccountId>:alarm:${alarm}`)).toBe(true);
        expect(arnLike(sourceArn, 'arn:<AWS::Partition>:cloudwatch:<AWS::Region>:<AWS::AccountId>:alarm:another-app')).toBe(false);
      }
    }
  });

  it('still refuses to publish without TLS', () => {
    for (const template of templates()) {
      for (const { topic } of alarmTopics(template)) {
        // Act
        const denied = topicStatements(template, topic).filter(
          (s) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false',
        );

        // Assess
        expect(denied).toHaveLength(1);
      }
    }
  });
});
