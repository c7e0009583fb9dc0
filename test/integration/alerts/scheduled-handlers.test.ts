import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createAlertSweeperHandler } from '#functions/alert-sweeper/handler.js';
import { createSlaEscalationHandler } from '#functions/sla-escalation/handler.js';
import { smsAbout } from '../../support/alert-observations.js';
import { switchableOutage } from '../../support/alert-faults.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock, HOUR, MINUTE } from '../../support/test-clock.js';

const scheduledEvent = JSON.parse(
  readFileSync(new URL('../../fixtures/schedule/scheduled-event.json', import.meta.url), 'utf8'),
);
const context = { functionName: 'test', getRemainingTimeInMillis: () => 60_000 } as Context;

const clock = createTestClock('2026-11-23T02:14:00.000Z');
const sns = switchableOutage();
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ clock, decorateAlertPublisher: sns.decorate });
});
afterAll(async () => {
  await runtime.stop();
});

describe('scheduled alert functions', () => {
  it('sends what SNS refused earlier when the sweeper is invoked by its schedule', async () => {
    // Prepare
    sns.down = true;
    const { json } = await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());
    sns.down = false;
    clock.advance(MINUTE);
    const handler = createAlertSweeperHandler(runtime.alertJobDeps);

    // Act
    const result = await handler(structuredClone(scheduledEvent), context);

    // Assess
    expect(result).toEqual({ sent: 1, failed: 0, cancelled: 0 });
    expect(await smsAbout(runtime, json.reference)).toHaveLength(1);
  });

  it('publishes how many alerts are still pending when the sweeper runs, so the alarm can see them', async () => {
    // Prepare
    sns.down = true;
    await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());
    clock.advance(MINUTE);
    const metrics = new Metrics({ namespace: 'LaporAman', serviceName: 'lapor-aman' });
    const published = vi.spyOn(metrics, 'addMetric');
    vi.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
    const handler = createAlertSweeperHandler(runtime.alertJobDeps, metrics);

    // Act
    await handler(structuredClone(scheduledEvent), context);
    sns.down = false;
    clock.advance(10 * MINUTE);
    await handler(structuredClone(scheduledEvent), context);

    // Assess
    const counts = published.mock.calls.map(([name, , value]) => [name, value]);
    expect(counts[0]?.[0]).toBe('PendingAlerts');
    expect(Number(counts[0]?.[1])).toBeGreaterThanOrEqual(1);
    expect(counts[1]).toEqual(['PendingAlerts', 0]);
  });

  it('escalates overdue cases when the SLA job is invoked by its schedule', async () => {
    // Prepare
    const { json } = await postJson(`${runtime.url}/api/v1/purwakarta/reports`, namedReportJson({ location: {} }));
    clock.advance(6 * HOUR); // the TINGGI case's due time
    const handler = createSlaEscalationHandler(runtime.alertJobDeps);

    // Act
    const result = await handler(structuredClone(scheduledEvent), context);

    // Assess
    expect(result.escalated).toBeGreaterThanOrEqual(1);
    expect((await smsAbout(runtime, json.reference)).map((sms) => sms.event)).toEqual(['received', 'overdue']);
  });

  it('refuses to run when invoked with something that is not a scheduled event', async () => {
    // Prepare
    const handler = createAlertSweeperHandler(runtime.alertJobDeps);

    // Act
    const attempt = handler('run please' as unknown as object, context);

    // Assess
    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_FIELDS' });
  });
});
