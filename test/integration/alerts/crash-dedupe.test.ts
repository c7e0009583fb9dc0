import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepAlertOutbox } from '#shared/alerts/sweep-alert-outbox.js';
import { submitReport } from '#shared/intake/submit-report.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { smsAbout, storedCase } from '../../support/alert-observations.js';
import { crashingAt, type SwitchableOutage, switchableOutage } from '../../support/alert-faults.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock, MINUTE, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let sns: SwitchableOutage;
let blora: Tenant;

beforeEach(async () => {
  clock = createTestClock('2026-11-23T02:14:00.000Z');
  sns = switchableOutage();
  runtime = await startTestRuntime({ clock, decorateAlertPublisher: sns.decorate });
  blora = (await runtime.deps.tenants.find('blora')) as Tenant;
});
afterEach(async () => {
  await runtime.stop();
});

const submission = (channelRef: string) => ({ ...namedReportJson(), channel: 'web', channelRef });

describe('alert delivery after a crash', () => {
  it('sends no second SMS when intake dies between publishing and marking the alert sent', async () => {
    // Prepare
    const crashingIntake = { ...runtime.deps, cases: crashingAt(runtime.deps.cases, 'markAlertSent') };
    const receipt = await submitReport(crashingIntake, blora, submission('api:crash-at-intake'));
    const leftPending = (await storedCase(runtime, receipt.reference)).alerts.received;

    // Act
    clock.advance(2 * MINUTE);
    const sweep = await runtime.sweepAlerts();
    clock.advance(30 * MINUTE);
    await runtime.sweepAlerts();

    // Assess
    expect(leftPending).toMatchObject({ state: 'pending' });
    expect(sweep.sent).toBe(1);
    expect(await smsAbout(runtime, receipt.reference)).toHaveLength(1);
    expect((await storedCase(runtime, receipt.reference)).alerts.received).toMatchObject({ state: 'sent' });
  });

  it('sends no second SMS when the sweeper dies between publishing and marking the alert sent', async () => {
    // Prepare
    sns.down = true;
    const receipt = await submitReport(runtime.deps, blora, submission('api:crash-in-sweeper'));
    sns.down = false;
    const deps = runtime.alertJobDeps;
    clock.advance(2 * MINUTE);
    await sweepAlertOutbox({ ...deps, outbox: crashingAt(deps.outbox, 'markAlertSent') });
    const afterCrash = await smsAbout(runtime, receipt.reference);

    // Act
    clock.advance(10 * MINUTE);
    await runtime.sweepAlerts();
    clock.advance(30 * MINUTE);
    await runtime.sweepAlerts();

    // Assess
    expect(afterCrash).toHaveLength(1);
    expect(await smsAbout(runtime, receipt.reference)).toHaveLength(1);
    const stored = await storedCase(runtime, receipt.reference);
    expect(stored.alerts.received).toMatchObject({ state: 'sent' });
    expect(stored).not.toHaveProperty('outboxPk');
  });

  it('keeps the SNS message id of the intake SMS on the case, with no delivery record, when marking sent succeeded', async () => {
    // Prepare
    const receipt = await submitReport(runtime.deps, blora, submission('api:delivery-record'));

    // Act
    const deliveries = (await runtime.scanAll()).filter((item) => item.type === 'AlertDelivery');
    const [sms] = await smsAbout(runtime, receipt.reference);

    // Assess
    expect(deliveries).toEqual([]);
    expect(await storedCase(runtime, receipt.reference)).toMatchObject({ messageId: sms?.messageId, alerts: { received: { state: 'sent' } } });
  });

  it('keeps the SNS message id on a delivery record when intake could not mark the alert sent', async () => {
    // Prepare
    const crashingIntake = { ...runtime.deps, cases: crashingAt(runtime.deps.cases, 'markAlertSent') };
    const receipt = await submitReport(crashingIntake, blora, submission('api:mark-failed'));

    // Act
    const deliveries = (await runtime.scanAll()).filter((item) => item.type === 'AlertDelivery');
    const [sms] = await smsAbout(runtime, receipt.reference);

    // Assess
    expect(deliveries).toContainEqual(
      expect.objectContaining({ dedupeId: `blora:${receipt.caseId}:received`, messageId: sms?.messageId }),
    );
    expect(await storedCase(runtime, receipt.reference)).not.toHaveProperty('messageId');
  });
});
