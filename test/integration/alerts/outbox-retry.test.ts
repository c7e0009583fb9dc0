import { afterEach, describe, expect, it } from 'vitest';
import { smsAbout, storedCase } from '../../support/alert-observations.js';
import { type SwitchableOutage, switchableOutage } from '../../support/alert-faults.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock, HOUR, MINUTE, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let sns: SwitchableOutage;

async function start() {
  clock = createTestClock('2026-11-23T02:14:00.000Z');
  sns = switchableOutage();
  runtime = await startTestRuntime({ clock, decorateAlertPublisher: sns.decorate });
}
afterEach(async () => {
  await runtime.stop();
});

const report = (overrides: Record<string, unknown> = {}) =>
  postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson(overrides));

/** The cloud schedule: one sweep a minute. */
async function sweepEveryMinuteFor(minutes: number) {
  for (let minute = 0; minute < minutes; minute++) {
    clock.advance(MINUTE);
    await runtime.sweepAlerts();
  }
}

describe('alert outbox', () => {
  it('accepts the report and delivers its alert exactly once after SNS recovers when SNS is down', async () => {
    // Prepare
    await start();
    sns.down = true;

    // Act
    const { status, json } = await report({ immediateDanger: 'ya' });
    await sweepEveryMinuteFor(90);
    const whileDown = await smsAbout(runtime, json.reference);
    sns.down = false;
    await sweepEveryMinuteFor(60);

    // Assess
    expect(status).toBe(201);
    expect(whileDown).toEqual([]);
    const delivered = await smsAbout(runtime, json.reference);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.sms).toMatch(/DARURAT/);
    const stored = await storedCase(runtime, json.reference);
    expect(stored.alerts.received).toMatchObject({ state: 'sent' });
    expect(stored).not.toHaveProperty('outboxPk');
  });

  it('retries with growing pauses up to thirty minutes when SNS keeps failing', async () => {
    // Prepare
    await start();
    sns.down = true;
    const { json } = await report();

    // Act
    await sweepEveryMinuteFor(3 * 60);

    // Assess: the intake attempt, then retries after 1, 2, 4, 8, 16 and then every 30 minutes.
    const stored = await storedCase(runtime, json.reference);
    const attemptMinutes = [0, 1, 3, 7, 15, 31, 61, 91, 121, 151];
    expect(sns.refused).toBe(attemptMinutes.length);
    expect(stored.alerts.received).toMatchObject({ state: 'pending', attempts: attemptMinutes.length });
    expect(Date.parse(stored.alerts.received.nextAttemptAt) - Date.parse(stored.createdAt)).toBe(181 * MINUTE);
  });

  it('sends nothing again when the sweeper runs after the alert was delivered at intake', async () => {
    // Prepare
    await start();
    const { json } = await report();

    // Act
    await sweepEveryMinuteFor(10);

    // Assess
    expect(await smsAbout(runtime, json.reference)).toHaveLength(1);
    expect(sns.refused).toBe(0);
  });

  it('delivers every pending event of a case once when SNS comes back after missing both', async () => {
    // Prepare
    await start();
    sns.down = true;
    const { json } = await report();
    clock.advance(6 * HOUR); // the TINGGI case's due time
    await runtime.escalateOverdueCases();
    const pending = (await storedCase(runtime, json.reference)).alerts;

    // Act
    sns.down = false;
    await sweepEveryMinuteFor(31);

    // Assess
    expect(pending).toMatchObject({ received: { state: 'pending' }, overdue: { state: 'pending' } });
    const delivered = await smsAbout(runtime, json.reference);
    expect(delivered.map((entry) => entry.event).sort()).toEqual(['overdue', 'received']);
    const stored = await storedCase(runtime, json.reference);
    expect(stored.alerts).toMatchObject({ received: { state: 'sent' }, overdue: { state: 'sent' } });
    expect(stored).not.toHaveProperty('outboxPk');
  });
});

describe('concurrent sweepers', () => {
  it('send one SMS when two sweeper runs overlap on the same pending alert', async () => {
    // Prepare
    await start();
    sns.down = true;
    const { json } = await report();
    sns.down = false;
    clock.advance(2 * MINUTE);

    // Act
    const runs = await Promise.all([runtime.sweepAlerts(), runtime.sweepAlerts(), runtime.sweepAlerts()]);

    // Assess
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(1);
    expect(await smsAbout(runtime, json.reference)).toHaveLength(1);
  });
});
