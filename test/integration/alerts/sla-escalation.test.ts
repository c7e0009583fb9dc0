import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTenantsConfig } from '#local/runtime.js';
import type { ResponseHours } from '#shared/domain/response-clock.js';
import type { Urgency } from '#shared/domain/vocabulary.js';
import { seedTenants } from '#shared/store/dynamo-tenant-registry.js';
import { changeUrgency, setCaseStatus, smsAbout, storedCase } from '../../support/alert-observations.js';
import { type SwitchableOutage, switchableOutage } from '../../support/alert-faults.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { tierReportJson } from '../../support/report-fixtures.js';
import { createTestClock, HOUR, MINUTE, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let sns: SwitchableOutage;

beforeEach(async () => {
  // 09:14 WIB on 23 Nov.
  clock = createTestClock('2026-11-23T02:14:00.000Z');
  sns = switchableOutage();
  runtime = await startTestRuntime({ clock, decorateAlertPublisher: sns.decorate });
});
afterEach(async () => {
  await runtime.stop();
});

const report = async (urgency: Urgency = 'TINGGI') => {
  const { json } = await postJson(`${runtime.url}/api/v1/blora/reports`, tierReportJson(urgency));
  expect((await storedCase(runtime, json.reference)).urgency).toBe(urgency);
  return json as { reference: string; dueAt: string };
};
const events = async (reference: string) => (await smsAbout(runtime, reference)).map((sms) => sms.event);

/** Runs the SLA job at `hours` after the report (the clock only moves forward). */
const start = Date.parse('2026-11-23T02:14:00.000Z');
const escalateAt = async (hours: number) => {
  clock.set(new Date(start + hours * HOUR));
  return runtime.escalateOverdueCases();
};

/** Blora's profile with other hours, written before its first request (the registry caches what it read). */
async function promise(responseHours: ResponseHours) {
  const blora = loadTenantsConfig().tenants.find((tenant) => tenant.id === 'blora');
  if (!blora) throw new Error('no blora in config/tenants.json');
  await seedTenants(runtime.dynamo.documents, runtime.tableName, [{ ...blora, responseHours }]);
}

describe('SLA escalation per urgency tier', () => {
  it.each([
    { urgency: 'DARURAT', hours: 1, due: '23 Nov 10:14 WIB' },
    { urgency: 'TINGGI', hours: 6, due: '23 Nov 15:14 WIB' },
    { urgency: 'NORMAL', hours: 24, due: '24 Nov 09:14 WIB' },
  ] as const)('reminds on-call at $hours h and the supervisors at twice that when a $urgency case stays unassessed', async ({
    urgency,
    hours,
    due,
  }) => {
    // Prepare
    const { reference, dueAt } = await report(urgency);
    await escalateAt(hours - 1 / 60);
    const beforeDue = await events(reference);

    // Act
    await escalateAt(hours);
    await escalateAt(2 * hours - 1 / 60);
    const beforeSupervisors = await events(reference);
    await escalateAt(2 * hours);

    // Assess
    expect(dueAt).toBe(new Date(start + hours * HOUR).toISOString());
    expect(beforeDue).toEqual(['received']);
    expect(beforeSupervisors).toEqual(['received', 'overdue']);
    const sms = await smsAbout(runtime, reference);
    expect(sms.map((s) => [s.event, s.audience])).toEqual([
      ['received', 'on-call'],
      ['overdue', 'on-call'],
      ['overdueSupervisor', 'supervisors'],
    ]);
    expect(sms[0]?.sms).toContain(`, ${urgency}, via formulir web, Kec. Cepu.`);
    expect(sms[0]?.sms).toMatch(new RegExp(`(paling lambat|SEGERA, batas) ${due}\\.$`));
    expect(sms[1]?.sms).toContain(`BELUM DIASESMEN, batas ${due} lewat.`);
    expect(sms[2]?.sms).toMatch(new RegExp(`^Lapor Aman ESKALASI ${reference}: BELUM DIASESMEN, batas ${due} lewat\\.`));
    expect(await storedCase(runtime, reference)).not.toHaveProperty('slaPk');
  });

  it('does not escalate a DARURAT case after 24 h when it was escalated at 1 h and 2 h', async () => {
    // Prepare
    const { reference } = await report('DARURAT');
    await escalateAt(1);
    await escalateAt(2);

    // Act
    const dayLater = await escalateAt(24);
    await escalateAt(48);

    // Assess
    expect(dayLater).toEqual({ escalated: 0, released: 0 });
    expect(await events(reference)).toEqual(['received', 'overdue', 'overdueSupervisor']);
  });

  it('follows the regency\'s own hours when it promises others than the defaults', async () => {
    // Prepare
    await promise({ DARURAT: 0.5, TINGGI: 4, NORMAL: 72 });

    // Act
    const darurat = await report('DARURAT');
    const tinggi = await report('TINGGI');
    const normal = await report('NORMAL');
    await escalateAt(0.5);
    await escalateAt(4);
    const atFour = { darurat: await events(darurat.reference), tinggi: await events(tinggi.reference) };
    await escalateAt(8);
    await escalateAt(71);

    // Assess
    expect([darurat.dueAt, tinggi.dueAt, normal.dueAt]).toEqual([
      '2026-11-23T02:44:00.000Z',
      '2026-11-23T06:14:00.000Z',
      '2026-11-26T02:14:00.000Z',
    ]);
    expect(atFour).toEqual({
      darurat: ['received', 'overdue', 'overdueSupervisor'],
      tinggi: ['received', 'overdue'],
    });
    expect(await events(tinggi.reference)).toEqual(['received', 'overdue', 'overdueSupervisor']);
    expect(await events(normal.reference)).toEqual(['received']);
  });

  it('does not escalate a case when it was assessed before its due time', async () => {
    // Prepare
    const { reference } = await report('TINGGI');
    await escalateAt(3);
    await setCaseStatus(runtime, reference, 'asesmen');

    // Act
    const first = await escalateAt(6);
    await escalateAt(48);

    // Assess
    expect(first).toEqual({ escalated: 0, released: 1 });
    expect(await events(reference)).toEqual(['received']);
    expect(await storedCase(runtime, reference)).not.toHaveProperty('slaPk');
  });

  it('retries an escalation through the outbox when SNS is down at the due time', async () => {
    // Prepare
    const { reference } = await report('TINGGI');
    sns.down = true;
    await escalateAt(6);

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
    const { reference } = await report('TINGGI');
    sns.down = true;
    await escalateAt(6);
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

describe('SLA escalation after staff change the urgency', () => {
  it('reminds on-call an hour after the change, not at once, when a NORMAL case is made DARURAT after 20 h', async () => {
    // Prepare
    const { reference } = await report('NORMAL');
    await escalateAt(20);

    // Act
    await changeUrgency(runtime, reference, 'DARURAT');
    const atChange = await escalateAt(20.5);
    await escalateAt(21);
    const afterHour = await events(reference);
    await escalateAt(22);

    // Assess
    expect(atChange.escalated).toBe(0);
    expect(afterHour).toEqual(['received', 'overdue']);
    const sms = await smsAbout(runtime, reference);
    expect(sms[1]?.sms).toContain('BELUM DIASESMEN, batas 24 Nov 06:14 WIB lewat. KDRT, DARURAT, Kec. Cepu.');
    expect(sms.map((s) => s.event)).toEqual(['received', 'overdue', 'overdueSupervisor']);
  });

  it('does not send the reminder again when a DARURAT case already reminded is made NORMAL', async () => {
    // Prepare
    const { reference } = await report('DARURAT');
    await escalateAt(1);

    // Act
    await escalateAt(1.5);
    await changeUrgency(runtime, reference, 'NORMAL');
    await escalateAt(2);
    await escalateAt(25.5);
    const beforeSupervisors = await events(reference);
    await escalateAt(49.5);

    // Assess
    expect(beforeSupervisors).toEqual(['received', 'overdue']);
    expect(await events(reference)).toEqual(['received', 'overdue', 'overdueSupervisor']);
    expect((await smsAbout(runtime, reference))[2]?.sms).toContain('batas 24 Nov 10:44 WIB lewat. kekerasan fisik, NORMAL');
  });
});
