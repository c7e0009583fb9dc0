import 'aws-sdk-client-mock-vitest/extend';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepAlertOutbox } from '#shared/alerts/sweep-alert-outbox.js';
import type { AlertJobDependencies } from '#shared/alerts/ports.js';
import type { AlertPublisher, CaseAlert } from '#shared/intake/ports.js';
import { submitReport } from '#shared/intake/submit-report.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { storedCase } from '../../support/alert-observations.js';
import { CLOUD_LINK_BASE as LINK_BASE, cloudAlertWiring } from '../../support/cloud-alert-wiring.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { addTeam, putRota, type Team } from '../../support/oncall.js';
import { CANARY, tierReportJson } from '../../support/report-fixtures.js';
import { createTestClock, MINUTE, type TestClock } from '../../support/test-clock.js';

const sns = mockClient(SNSClient);

let runtime: TestRuntime;
let clock: TestClock;
let team: Team;
let blora: Tenant;
let topicAlerts: CaseAlert[];
let intakeAlerts: AlertPublisher;
let sweeper: AlertJobDependencies;

// Monday 23 Nov 2026, 20:00 WIB: Ana's night shift.
const START = Date.parse('2026-11-23T13:00:00.000Z');

beforeEach(async () => {
  sns.reset();
  sns.on(PublishCommand).callsFake(() => ({ MessageId: `sns-${sns.commandCalls(PublishCommand).length}` }));
  clock = createTestClock(new Date(START));
  runtime = await startTestRuntime({ clock });
  blora = (await runtime.deps.tenants.find('blora')) as Tenant;
  team = await addTeam(runtime);
  await putRota(team, {
    weekly: [{ day: 'mon', from: '19:00', to: '07:00', first: team.ana.personId, second: team.beni.personId }],
    supervisors: [team.citra.personId],
  });
  // The cloud's wiring over the embedded table: SNS mocked, the regency topic recorded.
  topicAlerts = [];
  ({ intakeAlerts, sweeper } = cloudAlertWiring(runtime, clock, {
    publish: async (alert) => {
      topicAlerts.push(alert);
      return { messageId: `topic-${topicAlerts.length}` };
    },
  }));
});
afterEach(async () => {
  await runtime.stop();
});

const report = (channelRef: string) =>
  submitReport({ ...runtime.deps, alerts: intakeAlerts }, blora, { ...tierReportJson('DARURAT'), channel: 'web', channelRef });
const smsTo = (phone: string) => sns.commandCalls(PublishCommand).filter((call) => call.args[0].input.PhoneNumber === phone);

describe('per-person alert SMS in the cloud (intake hands over, the sweeper sends)', () => {
  it('leaves a rota regency\'s alert to the sweeper, which texts the first person on call once, with the link', async () => {
    // Act
    const receipt = await report('api:cloud-first');
    const atIntake = sns.commandCalls(PublishCommand).length;
    const pending = (await storedCase(runtime, receipt.reference)).alerts.received;
    clock.advance(MINUTE + 1000);
    const sweep = await sweepAlertOutbox(sweeper);
    clock.advance(30 * MINUTE);
    await sweepAlertOutbox(sweeper);

    // Assess
    expect(atIntake).toBe(0);
    expect(pending).toMatchObject({ state: 'pending' });
    expect(sweep.sent).toBe(1);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    const [sms] = smsTo('+6281200000001');
    const input = sms?.args[0].input;
    expect(input?.Message).toMatch(new RegExp(`^.+ ${LINK_BASE}/staff/a/[0-9A-Za-z]{10}$`));
    expect(input?.MessageAttributes).toEqual({
      'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
      'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: 'LaporAman' },
    });
    expect(input?.Message).not.toContain(CANARY.name);
    expect(input?.Message).not.toContain('sabuk');
    expect(topicAlerts.map((alert) => alert.event)).toEqual(['received']);
    expect((await storedCase(runtime, receipt.reference)).alerts.received).toMatchObject({ state: 'sent' });
  });

  it('delivers each person\'s SMS exactly once after SNS recovers', async () => {
    // Prepare
    sns.on(PublishCommand).rejects(Object.assign(new Error('SNS unavailable'), { name: 'InternalErrorException' }));
    const receipt = await report('api:cloud-outage');
    clock.advance(MINUTE + 1000);
    const during = await sweepAlertOutbox(sweeper);

    // Act
    sns.on(PublishCommand).callsFake(() => ({ MessageId: `sns-${sns.commandCalls(PublishCommand).length}` }));
    clock.advance(3 * MINUTE);
    const after = await sweepAlertOutbox(sweeper);
    clock.advance(60 * MINUTE);
    await sweepAlertOutbox(sweeper);

    // Assess
    expect(during.failed).toBe(1);
    expect(after.sent).toBe(1);
    // One attempt SNS refused, then one delivered: nobody else, nothing more.
    expect(smsTo('+6281200000001')).toHaveLength(2);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
    expect((await storedCase(runtime, receipt.reference)).alerts.received).toMatchObject({ state: 'sent' });
  });

  it('sends a regency without a rota to its topic at once, as before', async () => {
    // Prepare
    const mesuji = (await runtime.deps.tenants.find('mesuji')) as Tenant;

    // Act
    const receipt = await submitReport({ ...runtime.deps, alerts: intakeAlerts }, mesuji, {
      ...tierReportJson('DARURAT'),
      location: { kecamatan: 'Way Serdang', detail: 'dekat pasar' },
      channel: 'web',
      channelRef: 'api:cloud-topic',
    });

    // Assess
    expect(topicAlerts.map((alert) => alert.tenantId)).toEqual(['mesuji']);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
    expect((await storedCase(runtime, receipt.reference)).alerts.received).toMatchObject({ state: 'sent' });
  });
});
