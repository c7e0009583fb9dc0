import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smsAbout } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR } from '../../support/test-clock.js';

let runtime: TestRuntime;
const clock = createTestClock('2026-03-02T02:00:00.000Z');
beforeAll(async () => {
  runtime = await startTestRuntime({ clock });
});
afterAll(async () => {
  await runtime.stop();
});

const sexualViolenceReport = () => namedReportJson({ category: 'kekerasan_seksual' });
const tpksSms = async (reference: string) =>
  (await smsAbout(runtime, reference)).filter((sms) => sms.event === 'tpksDue' || sms.event === 'tpksDueSupervisor');

async function put(tenantId: string, path: string, body: unknown) {
  const response = await fetch(`${runtime.url}/api/v1/staff${path}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${runtime.staff.login.tokenFor(tenantId, 'responder')}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

async function policePartner(): Promise<string> {
  const added = await staffClient(runtime, 'blora', 'supervisor').post('/partners', { kind: 'polisi_ppa', name: 'Unit PPA Polres Blora', contact: '110' });
  return String(added.json.partnerId);
}

describe('the TPKS police-referral clock', () => {
  it('shows the deadline and reminds the assignee at 48 h, then the supervisors at 66 h, never twice', async () => {
    // Prepare
    clock.set('2026-03-02T02:00:00.000Z');
    const { caseId, reference } = await reportCase(runtime, 'blora', sexualViolenceReport());
    const responder = staffClient(runtime, 'blora');
    await responder.post(`/cases/${caseId}/assignment`, { assignee: 'me', expectedVersion: 1 });

    // Act
    clock.advance(47 * HOUR);
    await runtime.remindCasework();
    const before48 = await tpksSms(reference);
    clock.advance(1 * HOUR);
    await runtime.remindCasework();
    const at48 = await tpksSms(reference);
    clock.advance(18 * HOUR);
    await runtime.remindCasework();
    await runtime.remindCasework();
    const at66 = await tpksSms(reference);
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(view.deadlines).toEqual({ policeReferralDueAt: '2026-03-05T02:00:00.000Z' });
    expect(before48).toEqual([]);
    expect(at48.map((sms) => [sms.event, sms.audience])).toEqual([['tpksDue', 'on-call']]);
    expect(at66.map((sms) => [sms.event, sms.audience])).toEqual([
      ['tpksDue', 'on-call'],
      ['tpksDueSupervisor', 'supervisors'],
    ]);
    expect(at66.every((sms) => sms.sms.length <= 160 && !sms.sms.includes('Sulastri'))).toBe(true);
    expect(view.timeline.filter((entry: { kind: string }) => entry.kind === 'alert').map((entry: { event: string }) => entry.event)).toContain('tpksDueSupervisor');
  });

  it('sends no reminder once a referral to the police is recorded, and says so on the timeline', async () => {
    // Prepare
    clock.set('2026-03-02T02:00:00.000Z');
    const partnerId = await policePartner();
    const { caseId, reference } = await reportCase(runtime, 'blora', sexualViolenceReport());
    const responder = staffClient(runtime, 'blora');

    // Act
    clock.advance(10 * HOUR);
    const referred = await responder.post(`/cases/${caseId}/referrals`, { partnerId, purpose: 'Laporan ke Unit PPA', shareDetails: false, expectedVersion: 1 });
    clock.advance(60 * HOUR);
    await runtime.remindCasework();
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(referred.status).toBe(201);
    expect(await tpksSms(reference)).toEqual([]);
    expect(view.policeReferral).toEqual({ outcome: 'met', at: '2026-03-02T12:00:00.000Z' });
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'referral', policeDeadlineMet: true });
  });

  it('sends no reminder once the victim declined, recorded with the consent', async () => {
    // Prepare
    clock.set('2026-03-02T02:00:00.000Z');
    const { caseId, reference } = await reportCase(runtime, 'blora', sexualViolenceReport());
    const responder = staffClient(runtime, 'blora');
    const consent = { given: false, by: 'guardian', recordedAt: '2026-03-02T10:00:00+07:00' };

    // Act
    const declined = await responder.post(`/cases/${caseId}/police-referral/declined`, { consent, expectedVersion: 1 });
    const twice = await responder.post(`/cases/${caseId}/police-referral/declined`, { consent, expectedVersion: 2 });
    clock.advance(70 * HOUR);
    await runtime.remindCasework();
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect([declined.status, twice.status]).toEqual([200, 409]);
    expect(await tpksSms(reference)).toEqual([]);
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'policeReferralDeclined', reasonKind: 'korban_menolak', consent });
  });

  it('has no clock for a case that is not sexual violence', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson({ category: 'kdrt' }));

    // Act
    const view = (await staffClient(runtime, 'blora').get(`/cases/${caseId}`)).json;
    const declined = await staffClient(runtime, 'blora').post(`/cases/${caseId}/police-referral/declined`, {
      consent: { given: false, by: 'victim', recordedAt: '2026-03-02T10:00:00+07:00' },
      expectedVersion: 1,
    });

    // Assess
    expect(view.deadlines).toEqual({});
    expect(declined.status).toBe(409);
  });
});

describe('the case plan', () => {
  it('reminds on the follow-up day (regency time) and lists the case as overdue after it', async () => {
    // Prepare: 09:00 WIB on 2 March.
    clock.set('2026-03-02T02:00:00.000Z');
    const { caseId, reference } = await reportCase(runtime, 'blora', namedReportJson({ category: 'kdrt' }));
    const responder = staffClient(runtime, 'blora');

    // Act
    const saved = await put('blora', `/cases/${caseId}/plan`, { nextStep: 'Kunjungan rumah bersama Bu RT. langkah-rahasia-3317', dueDate: '2026-03-03', expectedVersion: 1 });
    clock.set('2026-03-02T23:30:00.000Z'); // 06:30 WIB on the 3rd
    await runtime.remindCasework();
    const early = await smsAbout(runtime, reference);
    clock.set('2026-03-03T00:30:00.000Z'); // 07:30 WIB on the 3rd
    await runtime.remindCasework();
    const onTheDay = await smsAbout(runtime, reference);
    const dueToday = (await responder.get('/cases?followUp=terlambat')).json.cases;
    clock.set('2026-03-04T03:00:00.000Z');
    const overdue = (await responder.get('/cases?followUp=terlambat')).json.cases;
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(saved.status).toBe(200);
    expect(early.filter((sms) => sms.event === 'followUpDue')).toEqual([]);
    expect(onTheDay.filter((sms) => sms.event === 'followUpDue')).toHaveLength(1);
    expect(dueToday.map((item: { caseId: string }) => item.caseId)).not.toContain(caseId);
    expect(overdue).toContainEqual(expect.objectContaining({ caseId, followUpOverdue: true, plan: expect.objectContaining({ dueDate: '2026-03-03' }) }));
    expect(view.timeline.find((entry: { kind: string }) => entry.kind === 'plan')).toMatchObject({ dueDate: '2026-03-03', nextStep: expect.stringContaining('Bu RT') });
    expect(JSON.stringify(await runtime.scanAll())).not.toContain('langkah-rahasia-3317');
  });

  it('answers 400 for a plan without a next step or with a date that is not a date', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const empty = await put('blora', `/cases/${caseId}/plan`, { nextStep: ' ', dueDate: '2026-03-03', expectedVersion: 1 });
    const badDate = await put('blora', `/cases/${caseId}/plan`, { nextStep: 'Visum', dueDate: '03/03/2026', expectedVersion: 1 });

    // Assess
    expect([empty.status, badDate.status]).toEqual([400, 400]);
  });
});
