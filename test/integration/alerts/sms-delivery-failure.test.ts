import { readFileSync } from 'node:fs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createSmsDeliveryStatusHandler } from '#functions/sms-delivery-status/handler.js';
import { subscriptionEvent } from '#local/simulated-carrier.js';
import { createLogger } from '#shared/platform.js';
import { DynamoSmsDeliveryFailures } from '#shared/store/dynamo-sms-delivery-failures.js';
import { keys } from '#shared/store/table-design.js';
import { smsAbout, storedCase } from '../../support/alert-observations.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';

const FAILURE = readFileSync(new URL('../../fixtures/sns/sms-delivery-failure.json', import.meta.url), 'utf8');
const context = { functionName: 'test', getRemainingTimeInMillis: () => 30_000 } as Context;

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

/** Sets how many of the next SMS the simulated carrier refuses, as a developer would. */
async function refuseNextSms(count: number) {
  return postJson(`${runtime.url}/_local/sms/carrier-failures`, { refuseNext: count });
}

/** The delivery record of a case's `received` alert, as stored. */
async function deliveryRecord(reference: string): Promise<Record<string, any> | undefined> {
  const stored = await storedCase(runtime, reference);
  const out = await runtime.dynamo.documents.send(
    new GetCommand({ TableName: runtime.tableName, Key: keys.alertDelivery('blora', String(stored.caseId), 'received') }),
  );
  return out.Item;
}

/** SNS's failure record of `messageId`, in the event its log subscription delivers. */
function failureReport(messageId: string, reportId: string) {
  const record = JSON.parse(FAILURE);
  record.notification.messageId = messageId;
  return subscriptionEvent([{ id: reportId, timestamp: Date.parse('2026-11-23T02:15:00Z'), message: JSON.stringify(record) }]);
}

const handler = () =>
  createSmsDeliveryStatusHandler(
    { failures: new DynamoSmsDeliveryFailures(runtime.dynamo.documents, runtime.tableName), logger: createLogger('SILENT') },
    new Metrics({ namespace: 'LaporAman', serviceName: 'lapor-aman' }),
  );

describe('SMS a carrier did not deliver', () => {
  it('is recorded on the alert when the simulated carrier refuses it, and never reaches a phone', async () => {
    // Prepare
    expect((await refuseNextSms(1)).json).toEqual({ refuseNext: 1 });

    // Act
    const { status, json } = await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());
    const recordedBeforeTheCarrierReports = await deliveryRecord(json.reference);
    await runtime.carrier.settled();

    // Assess
    expect(status).toBe(201);
    expect(recordedBeforeTheCarrierReports).toBeUndefined();
    expect(await smsAbout(runtime, json.reference)).toEqual([]);
    expect(await deliveryRecord(json.reference)).toMatchObject({
      smsFailureCount: 1,
      lastSmsFailureReason: 'blocked',
      lastSmsFailureAt: expect.any(String),
    });
    expect(runtime.printed.join('\n')).toContain(`[carrier] refused the received SMS about ${json.reference}`);
  });

  it('lets the next SMS through once the refusals asked for are used up', async () => {
    // Prepare
    await refuseNextSms(1);
    await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());

    // Act
    const { json } = await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());

    // Assess
    expect((await refuseNextSms(0)).json).toEqual({ refuseNext: 0 });
    expect(await smsAbout(runtime, json.reference)).toHaveLength(1);
    expect(await deliveryRecord(json.reference)).toBeUndefined();
  });

  it('finds the intake SMS by the message id kept on the case, with no delivery record written', async () => {
    // Prepare
    const { json } = await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());
    const stored = await storedCase(runtime, json.reference);

    // Act
    const found = await new DynamoSmsDeliveryFailures(runtime.dynamo.documents, runtime.tableName).findAlertByMessageId(stored.messageId);

    // Assess
    expect(stored.alerts.received).toMatchObject({ state: 'sent' });
    expect(await deliveryRecord(json.reference)).toBeUndefined();
    expect(found).toEqual({ tenantId: 'blora', caseId: stored.caseId, event: 'received', messageId: stored.messageId });
  });

  it('counts a failure report that CloudWatch Logs delivers twice once, and a second report of the same SMS again', async () => {
    // Prepare
    const { json } = await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());
    const { messageId } = await storedCase(runtime, json.reference);
    const recordFailures = handler();

    // Act
    const first = await recordFailures(failureReport(messageId, 'report-1'), context);
    const again = await recordFailures(failureReport(messageId, 'report-1'), context);
    const second = await recordFailures(failureReport(messageId, 'report-2'), context);

    // Assess
    expect([first, again, second]).toEqual([
      { recorded: 1, 'already-recorded': 0, 'unknown-message': 0 },
      { recorded: 0, 'already-recorded': 1, 'unknown-message': 0 },
      { recorded: 1, 'already-recorded': 0, 'unknown-message': 0 },
    ]);
    expect(await deliveryRecord(json.reference)).toMatchObject({ smsFailureCount: 2, lastSmsFailureReason: 'blocked', messageId });
  });

  it('changes nothing for a failed SMS that was no alert (one sent by hand)', async () => {
    // Prepare
    const before = await runtime.scanAll();

    // Act
    const report = await handler()(failureReport('5d7e0c1a-0000-4000-8000-000000000000', 'report-3'), context);

    // Assess
    expect(report).toEqual({ recorded: 0, 'already-recorded': 0, 'unknown-message': 1 });
    expect(await runtime.scanAll()).toEqual(before);
  });

  it.each([
    [{ refuseNext: -1 }, 'application/json', 400],
    [{ refuseNext: 1.5 }, 'application/json', 400],
    [{ refuseNext: 101 }, 'application/json', 400],
    [{ refuseNext: 1 }, 'text/plain', 415],
  ])('refuses %o sent as %s to the local carrier route with %i', async (body, contentType, expected) => {
    // Act
    const response = await fetch(`${runtime.url}/_local/sms/carrier-failures`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: JSON.stringify(body),
    });

    // Assess
    expect(response.status).toBe(expected);
    expect(runtime.carrier.refusalsToCome).toBe(0);
  });
});
