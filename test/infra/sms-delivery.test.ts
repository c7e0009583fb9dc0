import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeploymentConfig } from '../../infra/deployment-config.js';
import { loadDeployment } from '../../infra/lapor-aman-app.js';
import { roleStatements } from './support/iam.js';
import { cfnText, customResourceCall } from './support/cfn-text.js';
import { type SynthesizedApp, synthesizeLaporAman } from './support/synthesize.js';

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;

/** The repository's settings with a registered sender ID and an approved USD 50 limit. */
function productionSms(): DeploymentConfig {
  const deployment = loadDeployment();
  return {
    ...deployment,
    sms: { ...deployment.sms, senderId: 'LAPORAMAN', monthlySpendLimitUsd: 50, spendAlarmAtShare: 0.8 },
  };
}

let synthesized: SynthesizedApp;
let repository: SynthesizedApp;

beforeAll(() => {
  synthesized = synthesizeLaporAman({ deployment: productionSms() });
  repository = synthesizeLaporAman();
});

afterAll(() => {
  synthesized.dispose();
  repository.dispose();
});

const resources = (template: Template, type: string) => Object.entries(template.findResources(type) as Resources);


/** The SetSMSAttributes call the custom resource makes on create and update. */
function smsSettingsCall(template: Template): { action: string; parameters: { attributes: Record<string, string> } } {
  const [[, settings] = []] = resources(template, 'Custom::SmsSettings');
  expect(cfnText(settings?.Properties.Create)).toBe(cfnText(settings?.Properties.Update));
  return customResourceCall(settings?.Properties ?? {}) as ReturnType<typeof smsSettingsCall>;
}

const DELIVERY_LOGS = 'sns/<AWS::Region>/<AWS::AccountId>/DirectPublishToPhoneNumber';

describe('SMS delivery', () => {
  it('keeps the two log groups SNS writes SMS delivery status to, for 90 days', () => {
    // Act
    const names = resources(synthesized.core, 'AWS::Logs::LogGroup')
      .filter(([, group]) => group.Properties.LogGroupName)
      .map(([, group]) => [cfnText(group.Properties.LogGroupName), group.Properties.RetentionInDays]);

    // Assess
    expect(names).toEqual(
      expect.arrayContaining([
        [DELIVERY_LOGS, 90],
        [`${DELIVERY_LOGS}/Failure`, 90],
      ]),
    );
  });

  it('turns on delivery-status logging with a role only SNS of this account may assume, writing only those groups', () => {
    // Act
    const call = smsSettingsCall(synthesized.core);
    const roleId = call.parameters.attributes.DeliveryStatusIAMRole?.replace(/^<|\.Arn>$/g, '') ?? '';
    const role = synthesized.core.toJSON().Resources[roleId];
    const policies = resources(synthesized.core, 'AWS::IAM::Policy').filter(([, policy]) =>
      policy.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId),
    );

    // Assess
    expect(call.action).toBe('setSMSAttributes');
    expect(call.parameters.attributes.DeliveryStatusSuccessSamplingRate).toBe('100');
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({
        Principal: { Service: 'sns.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      }),
    ]);
    const written = policies.flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement).flatMap((s: any) => [s.Resource].flat());
    const groupArns = resources(synthesized.core, 'AWS::Logs::LogGroup')
      .filter(([, group]) => cfnText(group.Properties.LogGroupName ?? '').startsWith(DELIVERY_LOGS))
      .map(([id]) => `<${id}.Arn>`);
    expect(written.map(cfnText).sort()).toEqual(groupArns.sort());
  });

  it("calls SetSMSAttributes only once its own role's policy and the logging role's policy exist", () => {
    // Act
    const [[, settings] = []] = resources(synthesized.core, 'Custom::SmsSettings') as [string, any][];
    const policies = resources(synthesized.core, 'AWS::IAM::Policy').filter(([, policy]) =>
      JSON.stringify(policy.Properties.PolicyDocument).match(/sns:SetSMSAttributes|logs:PutLogEvents.*DirectPublishToPhoneNumber|DeliveredLogs|FailedLogs/),
    );

    // Assess
    expect(policies.length).toBeGreaterThanOrEqual(2);
    for (const [id] of policies) expect(settings?.DependsOn).toContain(id);
  });

  it('applies the sender ID, the SMS type and the spend limit of config/deployment.json', () => {
    // Act
    const { attributes } = smsSettingsCall(synthesized.core).parameters;

    // Assess
    expect(attributes).toMatchObject({ DefaultSenderID: 'LAPORAMAN', DefaultSMSType: 'Transactional', MonthlySpendLimit: '50' });
  });

  it('leaves the sender ID alone while the config names none', () => {
    // Act
    const { attributes } = smsSettingsCall(repository.core).parameters;

    // Assess
    expect(attributes).not.toHaveProperty('DefaultSenderID');
    expect(attributes.MonthlySpendLimit).toBe('1');
  });

  it('alarms on every failed delivery that SNS logs, counted by a metric filter on the failure log group', () => {
    // Act
    const [[, filter] = []] = resources(synthesized.core, 'AWS::Logs::MetricFilter');
    const transformation = filter?.Properties.MetricTransformations[0];
    const alarms = resources(synthesized.core, 'AWS::CloudWatch::Alarm').filter(
      ([, alarm]) => alarm.Properties.MetricName === transformation.MetricName && alarm.Properties.Namespace === transformation.MetricNamespace,
    );
    const group = synthesized.core.toJSON().Resources[filter?.Properties.LogGroupName.Ref];

    // Assess
    expect(cfnText(group.Properties.LogGroupName)).toBe(`${DELIVERY_LOGS}/Failure`);
    expect(filter?.Properties.FilterPattern).toBe('{ $.status = "FAILURE" }');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.[1].Properties).toMatchObject({ Statistic: 'Sum', Threshold: 1 });
  });

  it("alarms when the month's SMS spend reaches the configured share of the limit", () => {
    // Act
    const spend = resources(synthesized.core, 'AWS::CloudWatch::Alarm').filter(
      ([, alarm]) => alarm.Properties.Namespace === 'AWS/SNS' && alarm.Properties.MetricName === 'SMSMonthToDateSpentUSD',
    );

    // Assess
    expect(spend).toHaveLength(1);
    expect(spend[0]?.[1].Properties).toMatchObject({
      Statistic: 'Maximum',
      Threshold: 40,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('sends every failure SNS logs to the function that records it on the alert, and lets only CloudWatch Logs invoke it', () => {
    // Act
    const [[, subscription] = [], ...others] = resources(synthesized.core, 'AWS::Logs::SubscriptionFilter');
    const destination = cfnText(subscription?.Properties.DestinationArn);
    const [functionId] = destination.slice(1).split('.');
    const recorder = synthesized.core.toJSON().Resources[functionId ?? ''];
    const group = synthesized.core.toJSON().Resources[subscription?.Properties.LogGroupName.Ref];
    const permissions = resources(synthesized.core, 'AWS::Lambda::Permission').filter(
      ([, permission]) => cfnText(permission.Properties.FunctionName) === destination,
    );

    // Assess
    expect(others).toEqual([]);
    expect(cfnText(group.Properties.LogGroupName)).toBe(`${DELIVERY_LOGS}/Failure`);
    expect(subscription?.Properties.FilterPattern).toBe('{ $.status = "FAILURE" }');
    expect(recorder.Properties.Description).toBe('Records SMS that carriers did not deliver on their alerts');
    expect(permissions.map(([, permission]) => permission.Properties.Principal)).toEqual(['logs.amazonaws.com']);
  });

  it('lets the recorder find delivery records and update them, and nothing else', () => {
    // Act
    const statements = roleStatements(synthesized.core, 'sms-delivery-status');

    // Assess
    const actions = statements.flatMap((statement) => statement.Action).filter((action) => !action.startsWith('logs:'));
    // Tracing's X-Ray writes are on every function (test/infra/least-privilege.test.ts).
    expect(actions.filter((action) => !/^(kms|xray):/.test(action)).sort()).toEqual(['dynamodb:Query', 'dynamodb:UpdateItem']);
    expect(actions.filter((action) => action.startsWith('kms:')).sort()).toEqual([
      'kms:Decrypt',
      'kms:DescribeKey',
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'kms:ReEncryptFrom',
      'kms:ReEncryptTo',
    ]);
    for (const statement of statements.filter((s) => s.Action.some((a) => a.startsWith('kms:')))) {
      expect(JSON.stringify(statement.Condition)).toContain('dynamodb.');
    }
  });
});
