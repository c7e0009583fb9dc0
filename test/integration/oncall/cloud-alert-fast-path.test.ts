import 'aws-sdk-client-mock-vitest/extend';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAlertSweeperHandler } from '#functions/alert-sweeper/handler.js';
import { sweepAlertOutbox } from '#shared/alerts/sweep-alert-outbox.js';
import type { AlertJobDependencies } from '#shared/alerts/ports.js';
import type { AlertPublisher } from '#shared/intake/ports.js';
import { submitReport } from '#shared/intake/submit-report.js';
import { keys } from '#shared/store/table-design.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { storedCase } from '../../support/alert-observations.js';
import { cloudAlertWiring } from '../../support/cloud-alert-wiring.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { addTeam, putRota } from '../../support/oncall.js';
import { tierReportJson } from '../../support/report-fixtures.js';
import { createTestClock, MINUTE, type TestClock } from '../../support/test-clock.js';

const sns = mockClient(SNSClient);
const context = { functionName: 'alert-sweeper', getRemainingTimeInMillis: () => 50_000 } as Context;
const ANA_PHONE = '+6281200000001';
// Monday 23 Nov 2026, 20:00 WIB: Ana's night shift.
const START = Date.parse('2026-11-23T13:00:00.000Z');

let runtime: TestRuntime;
let clock: TestClock;
let intakeAlerts: AlertPublisher;
let sweeper: AlertJobDependencies;
let handler: ReturnType<typeof createAlertSweeperHandler>;
let sequence: number;

const snsWorks = () =>
  sns.on(PublishCommand).callsFake(() => ({ MessageId: `sns-${sns.commandCalls(PublishCommand).length}` }));
const snsFails = () =>
  sns.on(PublishCommand).rejects(Object.assign(new Error('SNS unavailable'), { name: 'InternalErrorException' }));

beforeEach(async () => {
  sns.reset();
  snsWorks();
  sequence = 0;
  clock = createTestClock(new Date(START));
  runtime = await startTestRuntime({ clock });
  const team = await addTeam(runtime);
  await putRota(team, {
    weekly: [{ day: 'mon', from: '19:00', to: '07:00', first: team.ana.personId, second: team.beni.personId }],
    supervisors: [team.citra.personId],
  });
  // The cloud's wiring over the embedded table: SNS mocked, the regency topic a stub.
  ({ intakeAlerts, sweeper } = cloudAlertWiring(runtime, clock, { publish: async (alert) => ({ messageId: `topic-${alert.dedupeId}` }) }));
  const metrics = new Metrics({ namespace: 'LaporAman', serviceName: 'lapor-aman' });
  vi.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
  handler = createAlertSweeperHandler(sweeper, metrics);
});
afterEach(async () => {
  await runtime.stop();
});

async function report(slug: string, channelRef: string): Promise<string> {
  const tenant = (await runtime.deps.tenants.find(slug)) as Tenant;
  const receipt = await submitReport({ ...runtime.deps, alerts: intakeAlerts }, tenant, {
    ...tierReportJson('DARURAT'),
    ...(slug === 'mesuji' ? { location: { kecamatan: 'Way Serdang', detail: 'dekat pasar' } } : {}),
    channel: 'web',
    channelRef,
  });
  return receipt.reference;
}

/** The record the table's stream delivers for the case's item as it is now (keys only are read). */
async function streamBatchOf(...references: string[]) {
  const records = [];
  for (const reference of references) {
    const item = await storedCase(runtime, reference);
    const key = keys.case(String(item.tenantId), String(item.caseId));
    sequence++;
    records.push({
      eventID: `event-${sequence}`,
      eventName: 'MODIFY',
      eventSource: 'aws:dynamodb',
      dynamodb: {
        Keys: { PK: { S: key.PK }, SK: { S: key.SK } },
        NewImage: { PK: { S: key.PK }, SK: { S: key.SK }, outboxPk: { S: String(item.outboxPk) } },
        SequenceNumber: String(1000 + sequence),
        StreamViewType: 'NEW_IMAGE',
      },
    });
  }
  return { Records: records };
}

const smsToAna = () => sns.commandCalls(PublishCommand).filter((call) => call.args[0].input.PhoneNumber === ANA_PHONE);

describe('the fast path: the table stream hands a case to the alert sweeper, which texts at once', () => {
  it('texts the first person on call once with no clock advance; the scheduled sweep sends nothing more', async () => {
    // Prepare
    const reference = await report('blora', 'api:fast-first');
    const batch = await streamBatchOf(reference);

    // Act
    const fromStream = await handler(batch, context);
    const textedAtOnce = smsToAna().length;
    const again = await handler(batch, context);
    clock.advance(MINUTE + 1000);
    const sweep = await sweepAlertOutbox(sweeper);
    clock.advance(60 * MINUTE);
    await sweepAlertOutbox(sweeper);

    // Assess
    expect(fromStream).toEqual({ batchItemFailures: [] });
    expect(textedAtOnce).toBe(1);
    expect(again).toEqual({ batchItemFailures: [] });
    expect(sweep.sent).toBe(0);
    expect(smsToAna()).toHaveLength(1);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect((await storedCase(runtime, reference)).alerts.received).toMatchObject({ state: 'sent' });
  });

  it('sends nothing for a regency without a rota (its topic already had the alert)', async () => {
    // Prepare
    const reference = await report('mesuji', 'api:fast-topic');
    const sentAtIntake = (await storedCase(runtime, reference)).alerts.received;

    // Act
    const fromStream = await handler(
      { Records: [{ eventName: 'MODIFY', dynamodb: { Keys: { PK: { S: 'TENANT#mesuji' }, SK: { S: `CASE#${(await storedCase(runtime, reference)).caseId}` } }, SequenceNumber: '1' } }] },
      context,
    );

    // Assess
    expect(fromStream).toEqual({ batchItemFailures: [] });
    expect(sentAtIntake).toMatchObject({ state: 'sent' });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('reports a failed send to the stream, and the scheduled sweep delivers it once after SNS recovers', async () => {
    // Prepare
    snsFails();
    const reference = await report('blora', 'api:fast-outage');
    const batch = await streamBatchOf(reference);

    // Act
    const during = await handler(batch, context);
    const retried = await handler(batch, context);
    snsWorks();
    clock.advance(2 * MINUTE + 1000);
    const after = await sweepAlertOutbox(sweeper);
    clock.advance(60 * MINUTE);
    await sweepAlertOutbox(sweeper);

    // Assess
    expect(during).toEqual({ batchItemFailures: [{ itemIdentifier: batch.Records[0]?.dynamodb.SequenceNumber }] });
    // The redelivered record finds the attempt claimed: the sweep's backoff owns the retries now.
    expect(retried).toEqual({ batchItemFailures: [] });
    expect(after.sent).toBe(1);
    // One attempt SNS refused, one delivered: nothing more.
    expect(smsToAna()).toHaveLength(2);
    expect((await storedCase(runtime, reference)).alerts.received).toMatchObject({ state: 'sent' });
  });

  it('refuses a stream record that is not a case item instead of sweeping', async () => {
    const attempt = handler({ Records: [{ eventName: 'MODIFY', dynamodb: { Keys: { PK: { S: 'X' } }, SequenceNumber: '1' } }] }, context);

    await expect(attempt).rejects.toThrow();
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });
});
