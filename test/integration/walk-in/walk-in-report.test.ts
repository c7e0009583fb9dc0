import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motherAtTheDesk, WALK_IN_SECRETS } from '../../fixtures/walk-in/walk-in-fixtures.js';
import { casesWithReference } from '../../support/alert-observations.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const BLORA_RESPONDER = { id: 'petugas.blora@dev.lapor-aman.local', name: 'Petugas jaga Blora', role: 'responder' };

describe('POST /api/v1/staff/walk-in-reports', () => {
  it('creates a blora case with channel walk-in and the responder in its timeline when a blora responder enters a report', async () => {
    // Prepare
    const responder = staffClient(runtime, 'blora', 'responder');

    // Act
    const { status, json } = await responder.post('/walk-in-reports', motherAtTheDesk('desk-blora-0001'));

    // Assess
    expect(status).toBe(201);
    expect(json).toMatchObject({ reference: expect.stringMatching(/^BLR-\d{4}-\d{5}$/), status: 'diterima', urgency: 'TINGGI' });
    expect(json.trackingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const [item] = await casesWithReference(runtime, json.reference);
    expect(item).toMatchObject({ tenantId: 'blora', channel: 'walk-in', reporterRole: 'family', kecamatan: 'Jepon' });
    const view = await responder.get(`/cases/${json.caseId}`);
    expect(view.json).toMatchObject({ channel: 'walk-in', hasIdentity: true, hasVictimContact: false });
    expect(view.json.timeline[0]).toEqual({
      kind: 'received',
      at: item?.createdAt,
      channel: 'walk-in',
      reporterRole: 'family',
      by: BLORA_RESPONDER,
    });
  });

  it('alerts the on-call team and starts the SLA clock like any other report', async () => {
    // Prepare
    const responder = staffClient(runtime, 'blora');

    // Act
    const { json } = await responder.post('/walk-in-reports', motherAtTheDesk('desk-blora-0002'));

    // Assess
    const alert = runtime.printed.find((line) => line.startsWith('[alert → blora on-call]') && line.includes(json.reference));
    expect(alert).toContain('via datang langsung');
    const listed = (await responder.get('/cases?channel=walk-in')).json.cases.find((c: { caseId: string }) => c.caseId === json.caseId);
    expect(listed).toMatchObject({ status: 'diterima', sla: 'awaiting', dueAt: json.dueAt, reporterRole: 'family' });
    const [item] = await casesWithReference(runtime, json.reference);
    // A TINGGI walk-in has the TINGGI clock: six hours.
    expect(Date.parse(json.dueAt) - Date.parse(String(item?.createdAt))).toBe(6 * 3600 * 1000);
  });

  it('gives the reporter a tracking code that works on the public status check', async () => {
    // Prepare
    const { json: receipt } = await staffClient(runtime, 'blora').post('/walk-in-reports', motherAtTheDesk('desk-blora-0003'));

    // Act
    const { status, json } = await postJson(`${runtime.url}/api/v1/blora/reports/status`, {
      reference: receipt.reference,
      trackingCode: receipt.trackingCode,
    });

    // Assess
    expect(status).toBe(200);
    expect(json).toMatchObject({ reference: receipt.reference, status: 'diterima' });
  });

  it('answers with the same reference and stores one case when the console sends the same report twice', async () => {
    // Prepare
    const responder = staffClient(runtime, 'blora');

    // Act
    const first = await responder.post('/walk-in-reports', motherAtTheDesk('desk-blora-retry'));
    const second = await responder.post('/walk-in-reports', motherAtTheDesk('desk-blora-retry'));

    // Assess
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.json).toEqual(first.json);
    expect(await casesWithReference(runtime, first.json.reference)).toHaveLength(1);
  });

  it('takes the regency and the staff member from the token, whatever the body says', async () => {
    // Prepare
    const supervisor = staffClient(runtime, 'blora', 'supervisor');
    const forged = {
      ...motherAtTheDesk('desk-blora-forged'),
      tenant: 'purwakarta',
      channel: 'web',
      enteredBy: { id: 'someone.else@example.org', name: 'Orang lain', role: 'supervisor' },
    };

    // Act
    const { status, json } = await supervisor.post('/walk-in-reports', forged);

    // Assess
    expect(status).toBe(201);
    const [item] = await casesWithReference(runtime, json.reference);
    expect(item).toMatchObject({
      tenantId: 'blora',
      channel: 'walk-in',
      enteredBy: { id: 'supervisor.blora@dev.lapor-aman.local', role: 'supervisor' },
    });
  });

  it("keeps the reporter, the victim's contact and the narrative sealed when a walk-in is stored", async () => {
    // Prepare
    const responder = staffClient(runtime, 'blora');
    const victimContact = { phone: '0857-4444-3333', address: 'Gang Mejakanari 9' };

    // Act
    const { json } = await responder.post('/walk-in-reports', { ...motherAtTheDesk('desk-blora-sealed'), victimContact });

    // Assess
    const raw = JSON.stringify(await runtime.scanAll());
    for (const secret of [...WALK_IN_SECRETS, '085744443333', '+6285744443333', victimContact.address]) {
      expect(raw).not.toContain(secret);
    }
    const [item] = await casesWithReference(runtime, json.reference);
    expect(item).toHaveProperty('identity.ct');
    expect(item).toHaveProperty('victimContact.ct');
  });

  it('counts walk-in reports by channel and reporter role in the yearly numbers', async () => {
    // Prepare
    const supervisor = staffClient(runtime, 'blora', 'supervisor');
    await supervisor.post('/walk-in-reports', { ...motherAtTheDesk('desk-blora-staff-role'), reporterRole: 'staff' });
    const walkIns = (await runtime.scanAll()).filter((item) => item.type === 'Case' && item.channel === 'walk-in');

    // Act
    const { json } = await supervisor.get('/numbers');

    // Assess
    const count = (rows: { key: string; count: number }[], key: string) => rows.find((row) => row.key === key)?.count;
    expect(count(json.perChannel, 'walk-in')).toBe(walkIns.length);
    expect(count(json.perReporterRole, 'staff')).toBe(1);
    expect(count(json.perReporterRole, 'family')).toBe(walkIns.length - 1);
    expect(json.perReporterRole.map((row: { key: string }) => row.key)).toEqual(['victim', 'family', 'witness', 'volunteer', 'staff']);
  });

  it('refuses with 403 WALK_IN_NOT_OFFERED and stores nothing when the regency takes no walk-ins', async () => {
    // Prepare
    const mesuji = staffClient(runtime, 'mesuji');
    const before = (await runtime.scanAll()).length;

    // Act
    const { status, json } = await mesuji.post('/walk-in-reports', {
      ...motherAtTheDesk('desk-mesuji-0001'),
      location: { kecamatan: 'Mesuji' },
    });

    // Assess
    expect(status).toBe(403);
    expect(json.code).toBe('WALK_IN_NOT_OFFERED');
    expect(await runtime.scanAll()).toHaveLength(before);
  });

  it('answers 401 and stores nothing when no staff token is sent', async () => {
    // Prepare
    const before = (await runtime.scanAll()).length;

    // Act
    const { status, json } = await postJson(`${runtime.url}/api/v1/staff/walk-in-reports`, motherAtTheDesk('desk-no-token'));

    // Assess
    expect(status).toBe(401);
    expect(json.code).toBe('UNAUTHENTICATED');
    expect(await runtime.scanAll()).toHaveLength(before);
  });

  it('answers 400 naming the fields when the reporter role or the submission id is missing', async () => {
    // Prepare
    const { reporterRole: _role, submissionId: _id, ...report } = motherAtTheDesk('unused');

    // Act
    const { status, json } = await staffClient(runtime, 'blora').post('/walk-in-reports', report);

    // Assess
    expect(status).toBe(400);
    expect(json.code).toBe('INVALID_FIELDS');
    expect(json.details.map((d: { field: string }) => d.field).sort()).toEqual(['reporterRole', 'submissionId']);
    expect(JSON.stringify(json)).not.toContain('Sumarni');
  });
});
