import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '#shared/auth/staff-principal.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
let bloraCases: { caseId: string; reference: string }[];
let purwakartaReference: string;

beforeAll(async () => {
  runtime = await startTestRuntime();
  bloraCases = [
    await reportCase(runtime, 'blora', namedReportJson()),
    await reportCase(runtime, 'blora', namedReportJson({ reporter: { anonymous: true }, location: { kecamatan: 'Jati' } })),
  ];
  purwakartaReference = (await reportCase(runtime, 'purwakarta', namedReportJson({ location: { kecamatan: 'Plered' } }))).reference;
  const bloraCase = bloraCases[0]?.caseId;
  await staffClient(runtime, 'blora').post(`/cases/${bloraCase}/reveal`, { reasonKind: 'penjangkauan_korban', reason: 'Menghubungi pelapor untuk penjangkauan' });
});
afterAll(async () => {
  await runtime.stop();
});

const OTHER_STAFF: readonly (readonly [string, StaffRole])[] = [
  ['purwakarta', 'responder'],
  ['purwakarta', 'supervisor'],
  ['mesuji', 'responder'],
  ['mesuji', 'supervisor'],
];

/** Every staff endpoint that names a case, with a body that would succeed for the case's own staff. */
const CASE_ENDPOINTS: readonly (readonly [string, (client: StaffClient, caseId: string) => ReturnType<StaffClient['get']>])[] = [
  ['GET /cases/{caseId}', (client, caseId) => client.get(`/cases/${caseId}`)],
  ['POST /cases/{caseId}/status', (client, caseId) => client.post(`/cases/${caseId}/status`, { status: 'asesmen', expectedVersion: 1 })],
  ['POST /cases/{caseId}/assignment', (client, caseId) => client.post(`/cases/${caseId}/assignment`, { assignee: 'me', expectedVersion: 1 })],
  ['POST /cases/{caseId}/notes', (client, caseId) => client.post(`/cases/${caseId}/notes`, { text: 'catatan', expectedVersion: 1 })],
  ['POST /cases/{caseId}/reveal', (client, caseId) => client.post(`/cases/${caseId}/reveal`, { reasonKind: 'penjangkauan_korban', reason: 'Ingin tahu siapa pelapornya' })],
];

const MATRIX = OTHER_STAFF.flatMap(([tenant, role]) => CASE_ENDPOINTS.map(([endpoint, call]) => [tenant, role, endpoint, call] as const));

describe('tenant isolation of the staff API', () => {
  it.each(MATRIX)('answers 404 to %s %s for every blora case on %s', async (tenant, role, _endpoint, call) => {
    // Prepare
    const client = staffClient(runtime, tenant, role);

    // Act
    const answers = await Promise.all(bloraCases.map(({ caseId }) => call(client, caseId)));

    // Assess
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.json.code).toBe('CASE_NOT_FOUND');
      expect(answer.text).not.toContain('BLR-');
    }
  });

  it('leaves every blora case untouched after the other regencies tried every endpoint', async () => {
    // Act
    const views = await Promise.all(bloraCases.map(({ caseId }) => staffClient(runtime, 'blora').get(`/cases/${caseId}`)));

    // Assess
    for (const view of views) {
      expect(view.json).toMatchObject({ status: 'diterima', version: 1 });
      expect(view.json).not.toHaveProperty('assignee');
      expect(view.json.timeline.filter((e: any) => e.kind === 'reveal').every((e: any) => e.by.id.includes('blora'))).toBe(true);
    }
  });

  it.each(OTHER_STAFF)('shows %s %s none of the blora cases in lists, numbers, the CSV or the audit log', async (tenant, role) => {
    // Prepare
    const client = staffClient(runtime, tenant, role);
    const cursorAtBlora = Buffer.from(JSON.stringify({ after: bloraCases[0]?.caseId })).toString('base64url');

    // Act
    const list = await client.get('/cases?limit=100');
    const resumed = await client.get(`/cases?cursor=${cursorAtBlora}`);
    const numbers = await client.get('/numbers');
    const csv = await client.get('/export/cases.csv');
    const audit = await client.get('/audit/reveals');

    // Assess
    const own = tenant === 'purwakarta' ? 1 : 0;
    const everything = [list.text, resumed.text, numbers.text, csv.text, audit.text].join('\n');
    for (const { caseId, reference } of bloraCases) {
      expect(everything).not.toContain(caseId);
      expect(everything).not.toContain(reference);
    }
    expect(list.json.cases).toHaveLength(own);
    expect(numbers.json.total).toBe(own);
    expect(numbers.json.perKecamatan.map((row: any) => row.key)).not.toContain('Cepu');
    expect(csv.text.trim().split('\r\n')).toHaveLength(1 + own);
    if (own) expect(csv.text).toContain(purwakartaReference);
    if (role === 'supervisor') expect(audit.json.reveals).toEqual([]);
    else expect(audit.status).toBe(403);
  });

  it('shows blora staff their own cases on the same endpoints', async () => {
    // Prepare
    const client = staffClient(runtime, 'blora', 'supervisor');

    // Act
    const list = await client.get('/cases');
    const numbers = await client.get('/numbers');
    const audit = await client.get('/audit/reveals');

    // Assess
    expect(list.json.cases.map((c: any) => c.caseId).sort()).toEqual(bloraCases.map((c) => c.caseId).sort());
    expect(numbers.json.total).toBe(2);
    expect(audit.json.reveals).toHaveLength(1);
    expect(list.text).not.toContain(purwakartaReference);
  });
});
