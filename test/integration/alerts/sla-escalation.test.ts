import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setCaseStatus, smsAbout, storedCase } from '../../support/alert-observations.js';
import { type SwitchableOutage, switchableOutage } from '../../support/alert-faults.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock, HOUR, MINUTE, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let sns: SwitchableOutage;

beforeEach(async () => {
  // 09:14 WIB on 23 Nov: due 24 Nov 09:14 WIB, supervisors at 25 Nov 09:14 WIB.
  clock = createTestClock('2026-11-23T02:14:00.000Z');
  sns = switchableOutage();
  runtime = await startTestRuntime({ clock, decorateAlertPublisher: sns.decorate });
});
afterEach(async () => {
  await runtime.stop();
});

const report = async () => (await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson())).json;
const events = async (reference: string) => (await smsAbout(runtime, reference)).map((sms) => sms.event);

describe('SLA escalation', () => {
  it('escalates an unassessed case to the on-call team once its due time has passed', async () => {
    // Prepare
    const { reference } = await report();
    clock.advance(24 * HOUR - MINUTE);
    await runtime.escalateOverdueCases();
    const beforeDue = await events(reference);

    // Act
    clock.advance(MINUTE);
    await runtime.escalateOverdueCases();
    clock.advance(10 * MINUTE);
    await runtime.escalateOverdueCases();

    // Assess
    expect(beforeDue).toEqual(['received']);
    const sms = await smsAbout(runtime, reference);
    expect(sms.map((s) => s.event)).toEqual(['received', 'overdue']);
    expect(sms[1]).toMatchObject({ audience: 'on-call' });
    expect(sms[1]?.sms).toBe(
      `Lapor Aman ${reference} BELUM DIASESMEN, batas 24 Nov 09:14 WIB lewat. kekerasan fisik, TINGGI, Kec. Cepu. Mohon segera diasesmen.`,
    );
  });

  it('does not escalate a case when it was assessed before its due time', async () => {
    // Prepare
    const { reference } = await report();
    clock.advance(3 * HOUR);
    await setCaseStatus(runtime, reference, 'asesmen');

    // Act
    clock.advance(21 * HOUR);
    const first = await runtime.escalateOverdueCases();
    clock.advance(24 * HOUR);
    await runtime.escalateOverdueCases();

    // Assess
    expect(first).toEqual({ escalated: 0, released: 1 });
    expect(await events(reference)).toEqual(['received']);
    expect(await storedCase(runtime, reference)).not.toHaveProperty('slaPk');
  });

  it('escalates to the supervisors at twice the SLA when the case is still not assessed', async () => {
    // Prepare
    const { reference } = await report();
    clock.advance(24 * HOUR);
    await runtime.escalateOverdueCases();

    // Act
    clock.advance(24 * HOUR);
    await runtime.escalateOverdueCases();
    clock.advance(24 * HOUR);
    await runtime.escalateOverdueCases();

    // Assess
    const sms = await smsAbout(runtime, reference);
    expect(sms.map((s) => [s.event, s.audience])).toEqual([
      ['received', 'on-call'],
      ['overdue', 'on-call'],
      ['overdueSupervisor', 'supervisors'],
    ]);
    expect(sms[2]?.sms).toMatch(new RegExp(`^Lapor Aman ESKALASI ${reference}: BELUM DIASESMEN, batas 24 Nov 09:14 WIB lewat\\.`));
    expect(await storedCase(runtime, reference)).not.toHaveProperty('slaPk');
  });

  it('retries an escalation through the outbox when SNS is down at the due time', async () => {
    // Prepare
    const { reference } = await report();
    clock.advance(24 * HOUR);
    sns.down = true;
    await runtime.escalateOverdueCases();

    // Act
    sns.down = false;
    clock.advance(MINUTE);
    await runtime.sweepAlerts();

    // Assess
    expect(await events(reference)).toEqual(['received', 'overdue']);
    expect((await storedCase(runtime, reference)).alerts.overdue).toMatchObject({ state: 'sent' });
  });

  it('drops a pending escalation instead of sending it when the case is assessed before SNS recovers', async () => {
    // Prepare
    const { reference } = await report();
    clock.advance(24 * HOUR);
    sns.down = true;
    await runtime.escalateOverdueCases();
    await setCaseStatus(runtime, reference, 'asesmen');

    // Act
    sns.down = false;
    clock.advance(MINUTE);
    const sweep = await runtime.sweepAlerts();

    // Assess
    expect(sweep.cancelled).toBe(1);
    expect(await events(reference)).toEqual(['received']);
    expect((await storedCase(runtime, reference)).alerts.overdue).toMatchObject({ state: 'cancelled' });
  });
});
