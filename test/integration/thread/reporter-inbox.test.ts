import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { postJsonFrom } from '../../support/raw-http.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { staffClient } from '../../support/staff/staff-client.js';
import { createTestClock } from '../../support/test-clock.js';

const clock = createTestClock('2026-11-23T02:01:00.000Z');
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ clock });
});
afterAll(async () => {
  await runtime.stop();
});

let nextClient = 10;
/** A client network nobody else in this file uses (the per-address limit stays out of the way). */
const newClient = () => `127.0.2.${nextClient++}`;
const post = (path: string, body: unknown) => postJsonFrom(runtime.url, `/api/v1/blora${path}`, body, { from: newClient() });

/** An anonymous web report and its case id, as the reporter and the staff know it. */
async function fileReport(): Promise<{ reference: string; trackingCode: string; caseId: string }> {
  const report = namedReportJson({ reporter: { anonymous: true }, consent: { dataProcessing: true, contactBack: false } });
  const { json } = await post('/reports', report);
  const item = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === json.reference);
  return { reference: json.reference, trackingCode: json.trackingCode, caseId: String(item?.caseId) };
}

const QUESTION = 'Di desa mana kejadiannya? tanya-kanari-7790';

describe("the reporter's inbox", () => {
  it('shows the staff question behind reference + code and files the answer on the case', async () => {
    // Prepare
    const { reference, trackingCode, caseId } = await fileReport();
    const responder = staffClient(runtime, 'blora');
    await responder.post(`/cases/${caseId}/messages`, { text: QUESTION, expectedVersion: 1 });

    // Act
    const inbox = await post('/reports/messages', { reference, trackingCode });
    const answered = await post('/reports/replies', { reference, trackingCode, text: 'Desa Ngloram. balas-kanari-6621' });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(inbox.status).toBe(200);
    expect(inbox.json.entries).toEqual([{ from: 'staff', at: expect.any(String), text: QUESTION }]);
    expect(inbox.json.lookAgain.id).toContain('besok');
    expect(JSON.stringify(inbox.json)).not.toContain('Petugas jaga Blora');
    expect(answered.status).toBe(201);
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'reply', line: 'inbox', text: 'Desa Ngloram. balas-kanari-6621' });
    expect(JSON.stringify(await runtime.scanAll())).not.toContain('balas-kanari-6621');
  });

  it('gives a wrong code no content, and counts it toward the lockout', async () => {
    // Prepare
    const { reference, trackingCode, caseId } = await fileReport();
    await staffClient(runtime, 'blora').post(`/cases/${caseId}/messages`, { text: QUESTION, expectedVersion: 1 });

    // Act
    const wrong = [];
    for (let i = 0; i < 5; i++) wrong.push(await post('/reports/messages', { reference, trackingCode: `WRNG-CODE-000${i}` }));
    const locked = await post('/reports/messages', { reference, trackingCode });
    const lockedReply = await post('/reports/replies', { reference, trackingCode, text: 'halo' });

    // Assess
    expect(wrong.map((w) => w.status)).toEqual([404, 404, 404, 404, 404]);
    expect(wrong.every((w) => !JSON.stringify(w.json).includes('tanya-kanari-7790'))).toBe(true);
    expect([locked.status, lockedReply.status]).toEqual([429, 429]);
  });

  it('answers 400 for an empty or oversized answer', async () => {
    // Prepare
    const { reference, trackingCode } = await fileReport();

    // Act
    const empty = await post('/reports/replies', { reference, trackingCode, text: '  ' });
    const long = await post('/reports/replies', { reference, trackingCode, text: 'x'.repeat(1001) });

    // Assess
    expect([empty.status, long.status]).toEqual([400, 400]);
    expect(empty.json.code).toBe('INVALID_FIELDS');
  });

  it('keeps an answer to a closed case for the team and tells the reporter where help is', async () => {
    // Prepare
    const { reference, trackingCode, caseId } = await fileReport();
    const supervisor = staffClient(runtime, 'blora', 'supervisor');
    await supervisor.post(`/cases/${caseId}/status`, { status: 'asesmen', expectedVersion: 1 });
    await supervisor.post(`/cases/${caseId}/status`, { status: 'selesai', closingReason: 'terminasi', expectedVersion: 2 });

    // Act
    const answered = await post('/reports/replies', { reference, trackingCode, text: 'Saya butuh bantuan lagi.' });
    const view = (await supervisor.get(`/cases/${caseId}`)).json;

    // Assess
    expect(answered.status).toBe(201);
    expect(answered.json.closed.id).toContain('sudah selesai');
    expect(answered.json.closed.id).toContain('112');
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'reply', afterClose: true, text: 'Saya butuh bantuan lagi.' });
  });

  it('records a UU PDP request as a task on the case due within 3 × 24 h', async () => {
    // Prepare
    const { reference, trackingCode, caseId } = await fileReport();

    // Act
    const asked = await post('/reports/replies', { reference, trackingCode, text: 'Tolong hapus data saya.', request: 'erasure' });
    const view = (await staffClient(runtime, 'blora').get(`/cases/${caseId}`)).json;

    // Assess
    expect(asked.status).toBe(201);
    expect(asked.json.dueAt).toBe('2026-11-26T02:01:00.000Z');
    expect(view.timeline.at(-1)).toMatchObject({
      kind: 'dataRequest',
      request: 'erasure',
      dueAt: '2026-11-26T02:01:00.000Z',
      text: 'Tolong hapus data saya.',
    });
  });

  it('shows nothing of the case on the page until the code is right, then the thread', async () => {
    // Prepare
    const { reference, trackingCode, caseId } = await fileReport();
    await staffClient(runtime, 'blora').post(`/cases/${caseId}/messages`, { text: QUESTION, expectedVersion: 1 });
    const form = (fields: Record<string, string>) =>
      fetch(`${runtime.url}/blora/pesan`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': newClient() },
        body: new URLSearchParams(fields).toString(),
      });

    // Act
    const wrong = await form({ reference, trackingCode: 'WRNG-CODE-0000' });
    const right = await form({ reference, trackingCode });
    const rightHtml = await right.text();

    // Assess
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).not.toContain('tanya-kanari-7790');
    expect(right.status).toBe(200);
    expect(right.headers.get('cache-control')).toContain('no-store');
    expect(rightHtml).toContain('tanya-kanari-7790');
    expect(rightHtml).toContain('id="quick-exit"');
  });
});
