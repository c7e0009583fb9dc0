import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isGsm7, SMS_LIMIT } from '#shared/alerts/alert-text.js';
import { type SwitchableOutage, switchableOutage } from '../../support/alert-faults.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { addTeam, personalSms, type Team } from '../../support/oncall.js';
import { tierReportJson } from '../../support/report-fixtures.js';
import { staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, MINUTE, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let sns: SwitchableOutage;

const START = Date.parse('2026-11-23T03:00:00.000Z');

beforeEach(async () => {
  clock = createTestClock(new Date(START));
  sns = switchableOutage();
  runtime = await startTestRuntime({ clock, decorateAlertPublisher: sns.decorate });
});
afterEach(async () => {
  await runtime.stop();
});

const report = async () => {
  const { json } = await postJson(`${runtime.url}/api/v1/blora/reports`, tierReportJson('NORMAL'));
  const item = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === json.reference);
  return { reference: String(json.reference), caseId: String(item?.caseId), version: Number(item?.version) };
};
const assignmentSms = async (reference: string) => (await personalSms(runtime, reference)).filter((sms) => sms.event === 'assigned');

describe('assigning a case from the directory', () => {
  let team: Team;
  beforeEach(async () => {
    team = await addTeam(runtime);
  });

  it('assigns an active person by id, names them as the directory does, and texts them the link only', async () => {
    // Prepare
    const { reference, caseId, version } = await report();

    // Act
    const assigned = await team.supervisor.post(`/cases/${caseId}/assignment`, { assignee: { personId: team.beni.personId }, expectedVersion: version });
    const [sms, ...more] = await assignmentSms(reference);
    const timeline = await team.supervisor.get(`/cases/${caseId}/timeline`);

    // Assess
    expect(assigned.status).toBe(200);
    expect(assigned.json.assignee).toEqual({ id: 'beni@blora.example', name: 'Beni' });
    expect(more).toEqual([]);
    expect(sms).toMatchObject({ personId: team.beni.personId, step: 'assignee' });
    expect(sms?.sms).toMatch(new RegExp(`^Lapor Aman ${reference}: kasus ini ditugaskan kepada Anda\\. .* http://localhost:\\d+/staff/a/[0-9A-Za-z]{10}$`));
    expect(sms?.sms.length).toBeLessThanOrEqual(SMS_LIMIT);
    expect(isGsm7(sms?.sms ?? '')).toBe(true);
    expect(JSON.stringify(timeline.json)).toContain('"event":"assigned"');
  });

  it('refuses a typo, a disabled person and another regency’s id with a 400 naming the assignee', async () => {
    // Prepare
    const { caseId, version } = await report();
    const { json: dewi } = await team.supervisor.get('/directory');
    const dewiVersion = dewi.people.find((person: { personId: string }) => person.personId === team.dewi.personId).version;
    await team.supervisor.post(`/directory/${team.dewi.personId}/active`, { active: false, expectedVersion: dewiVersion });
    const purwakarta = staffClient(runtime, 'purwakarta', 'supervisor');
    const { json: stranger } = await purwakarta.post('/directory', { name: 'Eka', role: 'responder', email: 'eka@purwakarta.example', phone: '081200000009' });

    // Act
    const attempts = await Promise.all(
      [
        { id: 'petugas.blroa@typo.example', name: 'Petugas Blora' },
        { personId: team.dewi.personId },
        { id: 'dewi@blora.example', name: 'Dewi' },
        { personId: stranger.personId },
      ].map((assignee) => team.supervisor.post(`/cases/${caseId}/assignment`, { assignee, expectedVersion: version })),
    );
    const { json: unchanged } = await team.supervisor.get(`/cases/${caseId}`);

    // Assess
    for (const attempt of attempts) {
      expect(attempt.status).toBe(400);
      expect(attempt.json).toMatchObject({ code: 'ASSIGNEE_NOT_IN_DIRECTORY', details: [{ field: 'assignee' }] });
    }
    expect(unchanged.assignee).toBeUndefined();
  });

  it('refuses a responder assigning a colleague with a 403 before looking at the directory', async () => {
    // Prepare
    const { caseId, version } = await report();

    // Act
    const refused = await team.ana.client.post(`/cases/${caseId}/assignment`, { assignee: { personId: team.beni.personId }, expectedVersion: version });
    const typo = await team.ana.client.post(`/cases/${caseId}/assignment`, { assignee: { id: 'petugas.blroa@typo.example', name: 'X' }, expectedVersion: version });

    // Assess
    expect([refused.status, typo.status]).toEqual([403, 403]);
  });

  it('sends no SMS to whoever takes a case themselves', async () => {
    // Prepare
    const { reference, caseId, version } = await report();

    // Act
    const taken = await team.ana.client.post(`/cases/${caseId}/assignment`, { assignee: 'me', expectedVersion: version });

    // Assess
    expect(taken.status).toBe(200);
    expect(await assignmentSms(reference)).toEqual([]);
  });

  it('delivers the assignment SMS exactly once after SMS comes back', async () => {
    // Prepare
    const { reference, caseId, version } = await report();
    sns.down = true;

    // Act
    const assigned = await team.supervisor.post(`/cases/${caseId}/assignment`, { assignee: { personId: team.ana.personId }, expectedVersion: version });
    const during = await assignmentSms(reference);
    sns.down = false;
    clock.set(new Date(START + 2 * MINUTE));
    await runtime.sweepAlerts();
    clock.set(new Date(START + 10 * MINUTE));
    await runtime.sweepAlerts();

    // Assess
    expect(assigned.status).toBe(200);
    expect(during).toEqual([]);
    expect((await assignmentSms(reference)).map((sms) => sms.personId)).toEqual([team.ana.personId]);
  });
});

describe('assigning a case in a regency without a directory yet', () => {
  it('keeps the typed e-mail and name, and sends no SMS', async () => {
    // Prepare
    const supervisor = staffClient(runtime, 'blora', 'supervisor');
    const { reference, caseId, version } = await report();

    // Act
    const assigned = await supervisor.post(`/cases/${caseId}/assignment`, { assignee: { id: 'Sari@Blora.example', name: 'Sari' }, expectedVersion: version });
    const byId = await supervisor.post(`/cases/${caseId}/assignment`, { assignee: { personId: '01KBE3QWJ2V1X3J7ZK9W2S4P6R' }, expectedVersion: assigned.json.version });

    // Assess
    expect(assigned.json.assignee).toEqual({ id: 'sari@blora.example', name: 'Sari' });
    expect(byId.status).toBe(400);
    expect(await personalSms(runtime, reference)).toEqual([]);
  });
});
