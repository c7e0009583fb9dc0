import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smsAbout, storedCase } from '../../support/alert-observations.js';
import { type SwitchableOutage, switchableOutage } from '../../support/alert-faults.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, MINUTE, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let sns: SwitchableOutage;
let responder: StaffClient;
let supervisor: StaffClient;

beforeEach(async () => {
  // 09:14 WIB on 23 Nov 2026: due 24 Nov 09:14 WIB.
  clock = createTestClock('2026-11-23T02:14:00.000Z');
  sns = switchableOutage();
  runtime = await startTestRuntime({ clock, decorateAlertPublisher: sns.decorate });
  responder = staffClient(runtime, 'blora');
  supervisor = staffClient(runtime, 'blora', 'supervisor');
});
afterEach(async () => {
  await runtime.stop();
});

const changeStatus = (caseId: string, body: Record<string, unknown>) => responder.post(`/cases/${caseId}/status`, body);
/** Closing straight through the status route is a supervisor's (case-closing.test.ts has the request path). */
const closeAsSupervisor = (caseId: string, body: Record<string, unknown>) => supervisor.post(`/cases/${caseId}/status`, body);

describe('the case path through the staff API', () => {
  it('takes a case from received through assessment and handling to closed when each step is allowed', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    clock.advance(3 * HOUR);
    const assessed = await changeStatus(caseId, { status: 'asesmen', expectedVersion: 1 });
    clock.advance(HOUR);
    const handled = await changeStatus(caseId, { status: 'penanganan', expectedVersion: 2 });
    const referred = await changeStatus(caseId, { status: 'rujukan', expectedVersion: 3 });
    const back = await changeStatus(caseId, { status: 'penanganan', expectedVersion: 4 });
    clock.advance(30 * 24 * HOUR);
    const closed = await closeAsSupervisor(caseId, { status: 'selesai', closingReason: 'reintegrasi_sosial', expectedVersion: 5 });

    // Assess
    expect([assessed, handled, referred, back, closed].map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(closed.json).toMatchObject({ caseId, status: 'selesai', version: 6 });
    const view = (await responder.get(`/cases/${caseId}`)).json;
    expect(view).toMatchObject({
      status: 'selesai',
      closingReason: 'reintegrasi_sosial',
      assessedAt: '2026-11-23T05:14:00.000Z',
      closedAt: '2026-12-23T06:14:00.000Z',
      sla: 'met',
      nextStatuses: [],
    });
    const steps = view.timeline.filter((e: any) => e.kind === 'status').map((e: any) => `${e.from}>${e.to}`);
    expect(steps).toEqual(['diterima>asesmen', 'asesmen>penanganan', 'penanganan>rujukan', 'rujukan>penanganan', 'penanganan>selesai']);
    expect(view.timeline.at(-1)).toMatchObject({ by: { role: 'supervisor' }, closingReason: 'reintegrasi_sosial' });
  });

  it('answers 409 INVALID_TRANSITION and changes nothing when a step skips the assessment', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const skipped = await changeStatus(caseId, { status: 'penanganan', expectedVersion: 1 });
    const closedUnassessed = await closeAsSupervisor(caseId, { status: 'selesai', closingReason: 'terminasi', expectedVersion: 1 });

    // Assess
    expect(skipped.status).toBe(409);
    expect(skipped.json.code).toBe('INVALID_TRANSITION');
    expect(closedUnassessed.json.code).toBe('INVALID_TRANSITION');
    expect((await responder.get(`/cases/${caseId}`)).json).toMatchObject({ status: 'diterima', version: 1 });
  });

  it('refuses social reintegration straight after the assessment but allows termination', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    await changeStatus(caseId, { status: 'asesmen', expectedVersion: 1 });

    // Act
    const reintegrated = await closeAsSupervisor(caseId, { status: 'selesai', closingReason: 'reintegrasi_sosial', expectedVersion: 2 });
    const terminated = await closeAsSupervisor(caseId, { status: 'selesai', closingReason: 'terminasi', expectedVersion: 2 });
    const reopened = await changeStatus(caseId, { status: 'penanganan', expectedVersion: 3 });

    // Assess
    expect(reintegrated.json.code).toBe('INVALID_TRANSITION');
    expect(terminated.status).toBe(200);
    expect(reopened.json.code).toBe('INVALID_TRANSITION');
  });

  it('asks for a closing reason with 400 when a case is closed without one', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    await changeStatus(caseId, { status: 'asesmen', expectedVersion: 1 });

    // Act
    const { status, json } = await changeStatus(caseId, { status: 'selesai', expectedVersion: 2 });

    // Assess
    expect(status).toBe(400);
    expect(json.code).toBe('INVALID_FIELDS');
    expect(json.details.map((d: any) => d.field)).toEqual(['closingReason']);
  });

  it('takes an assessed case out of the SLA schedule so that no overdue SMS follows', async () => {
    // Prepare
    const { caseId, reference } = await reportCase(runtime, 'blora', namedReportJson());
    clock.advance(2 * HOUR);

    // Act
    await changeStatus(caseId, { status: 'asesmen', expectedVersion: 1 });
    clock.advance(48 * HOUR);
    await runtime.escalateOverdueCases();
    await runtime.sweepAlerts();

    // Assess
    expect(await storedCase(runtime, reference)).not.toHaveProperty('slaPk');
    expect((await smsAbout(runtime, reference)).map((sms) => sms.event)).toEqual(['received']);
  });

  it('cancels an escalation still pending when the case is assessed during an SMS outage', async () => {
    // Prepare
    const { caseId, reference } = await reportCase(runtime, 'blora', namedReportJson());
    clock.advance(24 * HOUR);
    sns.down = true;
    await runtime.escalateOverdueCases();
    clock.advance(MINUTE);

    // Act
    const assessed = await changeStatus(caseId, { status: 'asesmen', expectedVersion: 1 });
    const beforeSweep = await storedCase(runtime, reference);
    sns.down = false;
    clock.advance(10 * MINUTE);
    await runtime.sweepAlerts();

    // Assess
    expect(assessed.status).toBe(200);
    expect(beforeSweep.alerts.overdue).toMatchObject({ state: 'cancelled' });
    expect(beforeSweep).not.toHaveProperty('outboxPk');
    expect((await smsAbout(runtime, reference)).map((sms) => sms.event)).toEqual(['received']);
    const view = (await responder.get(`/cases/${caseId}`)).json;
    expect(view.sla).toBe('missed');
    expect(view.timeline).toContainEqual(expect.objectContaining({ kind: 'alert', event: 'overdue', state: 'cancelled' }));
  });
});
