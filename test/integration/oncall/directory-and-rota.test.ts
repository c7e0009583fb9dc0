import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let supervisor: StaffClient;
beforeAll(async () => {
  // Monday 23 Nov 2026, 20:00 WIB.
  runtime = await startTestRuntime({ clock: createTestClock('2026-11-23T13:00:00.000Z') });
  supervisor = staffClient(runtime, 'blora', 'supervisor');
});
afterAll(async () => {
  await runtime.stop();
});

const person = (name: string, phone: string, role = 'responder') => ({
  name,
  role,
  email: `${name.toLowerCase().replace(/\s+/g, '.')}@blora.example`,
  phone,
});

describe('staff directory', () => {
  it('adds a person with the number normalised to E.164 and keeps the number only sealed', async () => {
    // Act
    const added = await supervisor.post('/directory', person('Sari Wulandari', '0812-3456-7001'));
    const listed = await supervisor.get('/directory');

    // Assess
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ name: 'Sari Wulandari', role: 'responder', phone: '+6281234567001', active: true });
    expect(listed.json.people.map((p: { phone: string }) => p.phone)).toContain('+6281234567001');
    expect(JSON.stringify(await runtime.scanAll())).not.toContain('81234567001');
  });

  it.each([
    ['a landline', '024-7654321'],
    ['a foreign number', '+4915112345678'],
    ['letters', 'nomor saya'],
  ])('refuses %s as a mobile number with a 400', async (_what, phone) => {
    // Act
    const refused = await supervisor.post('/directory', person('Budi Santoso', phone));

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe('INVALID_FIELDS');
    expect(refused.json.details[0].field).toBe('phone');
  });

  it('refuses a second person with the same e-mail (409) and a responder adding anyone (403)', async () => {
    // Prepare
    await supervisor.post('/directory', person('Dewi Lestari', '081234567002'));

    // Act
    const twice = await supervisor.post('/directory', person('Dewi Lestari', '081234567003'));
    const byResponder = await staffClient(runtime, 'blora').post('/directory', person('Eko Prasetyo', '081234567004'));

    // Assess
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('STAFF_EMAIL_TAKEN');
    expect(byResponder.status).toBe(403);
  });

  it('disables and re-enables a person, and audits every change with who did it', async () => {
    // Prepare
    const { json: added } = await supervisor.post('/directory', person('Fajar Nugroho', '081234567005'));

    // Act
    const disabled = await supervisor.post(`/directory/${added.personId}/active`, { active: false, expectedVersion: 1 });
    const stale = await supervisor.post(`/directory/${added.personId}/active`, { active: true, expectedVersion: 1 });
    const enabled = await supervisor.post(`/directory/${added.personId}/active`, { active: true, expectedVersion: 2 });
    const audit = await supervisor.get('/audit/oncall');

    // Assess
    expect(disabled.json.active).toBe(false);
    expect(stale.status).toBe(409);
    expect(enabled.json).toMatchObject({ active: true, version: 3 });
    const ofFajar = audit.json.changes.filter((c: { person?: { personId: string } }) => c.person?.personId === added.personId);
    expect(ofFajar.map((c: { action: string }) => c.action)).toEqual(['person-enabled', 'person-disabled', 'person-added']);
    expect(ofFajar[0].by).toMatchObject({ name: 'Supervisor Blora', role: 'supervisor' });
    expect(JSON.stringify(audit.json)).not.toContain('081234567005');
  });

  it('answers 404 for a person of another regency or a malformed id', async () => {
    // Prepare
    const { json: added } = await supervisor.post('/directory', person('Gita Permata', '081234567006'));

    // Act
    const fromPurwakarta = await staffClient(runtime, 'purwakarta', 'supervisor').post(`/directory/${added.personId}/active`, {
      active: false,
      expectedVersion: 1,
    });
    const malformed = await supervisor.post('/directory/..%2Fx/active', { active: false, expectedVersion: 1 });

    // Assess
    expect(fromPurwakarta.status).toBe(404);
    expect(malformed.status).toBe(404);
  });
});

describe('rota', () => {
  it('saves a weekly pattern with an overnight shift and tells everyone who is on call now', async () => {
    // Prepare
    const { json: ana } = await supervisor.post('/directory', person('Ana Rahma', '081234567101'));
    const { json: beni } = await supervisor.post('/directory', person('Beni Saputra', '081234567102'));
    const { json: chief } = await supervisor.post('/directory', person('Citra Kepala', '081234567103', 'supervisor'));
    const current = await supervisor.get('/rota');

    // Act
    const saved = await supervisor.put('/rota', {
      expectedVersion: current.json.version,
      rota: {
        weekly: [{ day: 'mon', from: '19:00', to: '07:00', first: ana.personId, second: beni.personId }],
        swaps: [],
        supervisors: [chief.personId],
      },
    });
    const now = await staffClient(runtime, 'blora').get('/rota/now');

    // Assess
    expect(saved.status).toBe(200);
    expect(now.json).toMatchObject({
      zone: 'WIB',
      first: { name: 'Ana Rahma' },
      second: { name: 'Beni Saputra' },
      supervisors: [{ name: 'Citra Kepala' }],
      nobodyOnCall: false,
    });
    expect(JSON.stringify(now.json)).not.toContain('0812');
  });

  it.each([
    ['overlapping shifts', (a: string) => ({ weekly: [shift('mon', '08:00', '16:00', a), shift('mon', '15:00', '20:00', a)] })],
    ['an empty shift', (a: string) => ({ weekly: [shift('tue', '08:00', '08:00', a)] })],
    ['a Sunday night shift running into a Monday shift', (a: string) => ({ weekly: [shift('sun', '22:00', '06:00', a), shift('mon', '05:00', '12:00', a)] })],
    ['an unknown person', () => ({ weekly: [shift('mon', '08:00', '16:00', '01JAAAAAAAAAAAAAAAAAAAAAAA')] })],
    ['a swap that ends before it starts', (a: string) => ({ swaps: [{ from: '2026-11-23T19:00', to: '2026-11-23T07:00', first: a }] })],
  ])('refuses %s with a 400 naming the field', async (_what, build) => {
    // Prepare
    const { json: someone } = await supervisor.post('/directory', person(`Orang ${Math.random().toString(36).slice(2, 8)}`, '081234567201'));
    const current = await supervisor.get('/rota');

    // Act
    const refused = await supervisor.put('/rota', {
      expectedVersion: current.json.version,
      rota: { weekly: [], swaps: [], supervisors: [], ...build(someone.personId) },
    });

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe('INVALID_FIELDS');
    expect(refused.json.details[0].field).toMatch(/^rota\./);
  });

  it('refuses a responder editing the rota (403) and a stale version (409)', async () => {
    // Prepare
    const current = await supervisor.get('/rota');
    const body = { expectedVersion: current.json.version, rota: current.json.rota };

    // Act
    const byResponder = await staffClient(runtime, 'blora').put('/rota', body);
    const first = await supervisor.put('/rota', body);
    const stale = await supervisor.put('/rota', body);

    // Assess
    expect(byResponder.status).toBe(403);
    expect(first.status).toBe(200);
    expect(stale.status).toBe(409);
  });
});

function shift(day: string, from: string, to: string, first: string) {
  return { day, from, to, first };
}
