import { randomBytes } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SealedEnvelope } from '#shared/crypto/envelope.js';
import { EnvelopeIdentityVault } from '#shared/crypto/identity-vault.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import { keys } from '#shared/store/table-design.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { postJsonFrom } from '../../support/raw-http.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { staffClient } from '../../support/staff/staff-client.js';
import { createTestClock } from '../../support/test-clock.js';

const masterKey = randomBytes(32);
const clock = createTestClock('2026-11-23T02:00:00.000Z');
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ masterKey, clock });
});
afterAll(async () => {
  await runtime.stop();
});

let nextClient = 10;
const inbox = (path: string, body: unknown) => postJsonFrom(runtime.url, `/api/v1/blora${path}`, body, { from: `127.0.3.${nextClient++}` });
const STAFF_NOTE = 'catatan-staf-kanari-5512';
const THEIR_WORDS = 'pesan-pelapor-kanari-4471';

/** A named web report with a staff note: its reference, tracking code and case id. */
async function fileReport() {
  const { json } = await inbox('/reports', namedReportJson());
  const item = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === json.reference);
  const caseId = String(item?.caseId);
  await staffClient(runtime, 'blora').post(`/cases/${caseId}/notes`, { text: STAFF_NOTE, expectedVersion: 1 });
  return { reference: String(json.reference), trackingCode: String(json.trackingCode), caseId };
}

const supervisor = () => staffClient(runtime, 'blora', 'supervisor');
const caseItem = async (caseId: string) =>
  (await runtime.dynamo.documents.send(new GetCommand({ TableName: runtime.tableName, Key: keys.case('blora', caseId) }))).Item ?? {};

describe('data-subject requests (UU PDP) decided by a supervisor', () => {
  it('carries out an erasure asked in the inbox: audited, answered, and the old ciphertext no longer opens', async () => {
    // Prepare
    clock.set('2026-11-23T02:00:00.000Z');
    const { reference, trackingCode, caseId } = await fileReport();
    await inbox('/reports/replies', { reference, trackingCode, text: `Hapus data saya. ${THEIR_WORDS}`, request: 'erasure' });
    const listed = (await supervisor().get(`/cases/${caseId}/data-requests`)).json;
    const backup = await caseItem(caseId);
    const [request] = listed.requests;

    // Act
    const byResponder = await staffClient(runtime, 'blora').post(`/cases/${caseId}/data-requests/${request.id}/decision`, {
      outcome: 'granted',
      expectedVersion: listed.version,
    });
    const decided = await supervisor().post(`/cases/${caseId}/data-requests/${request.id}/decision`, {
      outcome: 'granted',
      expectedVersion: listed.version,
    });
    const answered = await inbox('/reports/messages', { reference, trackingCode });
    clock.set('2026-11-23T02:30:00.000Z');
    const run = await runtime.applyRetention();

    // Assess
    expect(request).toMatchObject({ kind: 'erasure', source: 'inbox', dueAt: '2026-11-26T02:00:00.000Z', overdue: false });
    expect(byResponder.status).toBe(403);
    expect(decided.status).toBe(200);
    expect(decided.json).toMatchObject({ outcome: 'granted', erasureScheduled: true, delivery: 'inbox' });
    expect(answered.json.entries.at(-1)).toMatchObject({ from: 'staff', text: expect.stringContaining('penghapusan data Anda disetujui') });
    expect(run).toMatchObject({ destroyed: 1, failed: 0 });
    const vault = new EnvelopeIdentityVault(new MasterKeyDataKeyProvider(masterKey), runtime.caseSecrets);
    await expect(vault.open({ tenant: 'blora', caseId, purpose: 'details' }, backup.details as SealedEnvelope)).rejects.toThrow();
    await expect(vault.open({ tenant: 'blora', caseId, purpose: 'identity' }, backup.identity as SealedEnvelope)).rejects.toThrow();
    const after = await caseItem(caseId);
    expect(after).not.toHaveProperty('details');
    expect(after).toMatchObject({ status: 'diterima', personalDataDestroyedAt: '2026-11-23T02:30:00.000Z' });
    const timeline = (await supervisor().get(`/cases/${caseId}`)).json.timeline;
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'dataRequestDecision', request: 'erasure', outcome: 'granted', by: expect.objectContaining({ role: 'supervisor' }) }),
    );
    expect(timeline.at(-1)).toMatchObject({ kind: 'retention', rule: { erasureRequest: request.id } });
    const scan = JSON.stringify(await runtime.scanAll());
    expect(scan).not.toContain(CANARY.name);
    expect(scan).not.toContain(THEIR_WORDS);
    const afterwards = await inbox('/reports/messages', { reference, trackingCode });
    expect(afterwards.status).toBe(200);
    expect(JSON.stringify(afterwards.json)).not.toContain(THEIR_WORDS);
  });

  it('still erases a case closed after the erasure was granted, not years later', async () => {
    // Prepare
    clock.set('2026-11-28T02:00:00.000Z');
    const { reference, trackingCode, caseId } = await fileReport();
    await inbox('/reports/replies', { reference, trackingCode, text: 'Hapus data saya', request: 'erasure' });
    const { requests, version } = (await supervisor().get(`/cases/${caseId}/data-requests`)).json;
    const decided = await supervisor().post(`/cases/${caseId}/data-requests/${requests[0].id}/decision`, { outcome: 'granted', expectedVersion: version });
    await supervisor().post(`/cases/${caseId}/status`, { status: 'asesmen', expectedVersion: decided.json.version });
    const closed = await supervisor().post(`/cases/${caseId}/status`, { status: 'selesai', closingReason: 'terminasi', expectedVersion: decided.json.version + 1 });

    // Act
    clock.set('2026-11-28T02:30:00.000Z');
    // Closing put it back at the 'closed' stage; planning sees its erasure is due already.
    const run = await runtime.applyRetention();

    // Assess
    expect(closed.status).toBe(200);
    expect(run).toMatchObject({ planned: 1, destroyed: 1 });
    expect(await caseItem(caseId)).not.toHaveProperty('details');
  });

  it("refuses a held case's erasure with the hold named, and destroys nothing", async () => {
    // Prepare
    clock.set('2026-11-24T02:00:00.000Z');
    const { reference, trackingCode, caseId } = await fileReport();
    await supervisor().post(`/cases/${caseId}/hold`, { held: true, reasonKind: 'kepolisian', reason: 'Penyidikan Polres', expectedVersion: 2 });
    const desk = await staffClient(runtime, 'blora').post(`/cases/${caseId}/data-requests`, { request: 'erasure', expectedVersion: 3 });

    // Act
    const decided = await supervisor().post(`/cases/${caseId}/data-requests/${desk.json.requestId}/decision`, {
      outcome: 'granted',
      expectedVersion: desk.json.version,
    });
    const again = await supervisor().post(`/cases/${caseId}/data-requests/${desk.json.requestId}/decision`, {
      outcome: 'granted',
      expectedVersion: decided.json.version,
    });
    clock.set('2026-11-24T03:00:00.000Z');
    await runtime.applyRetention();

    // Assess
    expect(desk.status).toBe(201);
    expect(decided.status).toBe(200);
    expect(decided.json).toMatchObject({ outcome: 'refused', refusal: 'legal_hold', answer: expect.stringContaining('(kepolisian)') });
    expect(decided.json).not.toHaveProperty('erasureScheduled');
    expect(again.status).toBe(409);
    expect(await caseItem(caseId)).toHaveProperty('details');
    const answered = await inbox('/reports/messages', { reference, trackingCode });
    expect(answered.json.entries.at(-1).text).toContain('ditahan untuk proses hukum (kepolisian)');
    const list = (await supervisor().get(`/cases/${caseId}/data-requests`)).json.requests;
    expect(list).toEqual([
      expect.objectContaining({ source: 'desk', decision: expect.objectContaining({ outcome: 'refused', refusal: 'legal_hold', holdReasonKind: 'kepolisian' }) }),
    ]);
  });

  it('gives an inbox copy of what the reporter gave, never the staff notes', async () => {
    // Prepare
    clock.set('2026-11-25T02:00:00.000Z');
    const { reference, trackingCode, caseId } = await fileReport();
    await inbox('/reports/replies', { reference, trackingCode, text: `Kejadiannya sore. ${THEIR_WORDS}` });
    await inbox('/reports/replies', { reference, trackingCode, text: 'Minta salinan data saya', request: 'copy' });
    const { requests, version } = (await supervisor().get(`/cases/${caseId}/data-requests`)).json;

    // Act
    const decided = await supervisor().post(`/cases/${caseId}/data-requests/${requests[0].id}/decision`, { outcome: 'granted', expectedVersion: version });
    const answered = await inbox('/reports/messages', { reference, trackingCode });

    // Assess
    expect(decided.status).toBe(200);
    expect(decided.json).not.toHaveProperty('export');
    const copy = answered.json.entries.at(-1).text as string;
    expect(copy).toContain(CANARY.narrative);
    expect(copy).toContain(THEIR_WORDS);
    expect(copy).not.toContain(STAFF_NOTE);
    expect(copy).not.toContain(CANARY.name);
    const timeline = (await supervisor().get(`/cases/${caseId}`)).json.timeline;
    expect(timeline).toContainEqual(expect.objectContaining({ kind: 'dataRequestDecision', request: 'copy', exportedTo: 'thread' }));
  });

  it('hands a desk copy to the supervisor to download, and records sealed corrections', async () => {
    // Prepare
    clock.set('2026-11-26T02:00:00.000Z');
    const { caseId } = await fileReport();
    const responder = staffClient(runtime, 'blora');
    const copyRequest = await responder.post(`/cases/${caseId}/data-requests`, { request: 'copy', text: 'Datang ke kantor', expectedVersion: 2 });
    const correction = await responder.post(`/cases/${caseId}/data-requests`, { request: 'correction', expectedVersion: copyRequest.json.version });

    // Act
    const copy = await supervisor().post(`/cases/${caseId}/data-requests/${copyRequest.json.requestId}/decision`, {
      outcome: 'granted',
      expectedVersion: correction.json.version,
    });
    const withoutFields = await supervisor().post(`/cases/${caseId}/data-requests/${correction.json.requestId}/decision`, {
      outcome: 'granted',
      expectedVersion: copy.json.version,
    });
    const corrected = await supervisor().post(`/cases/${caseId}/data-requests/${correction.json.requestId}/decision`, {
      outcome: 'granted',
      corrections: [{ field: 'tempat', value: 'Dusun koreksi-kanari-3390' }],
      expectedVersion: copy.json.version,
    });

    // Assess
    expect(copy.status).toBe(200);
    expect(copy.json.export.report.narrative).toBe(CANARY.narrative);
    expect(JSON.stringify(copy.json.export)).not.toContain(STAFF_NOTE);
    expect(withoutFields.status).toBe(400);
    expect(corrected.status).toBe(200);
    const timeline = (await supervisor().get(`/cases/${caseId}`)).json.timeline;
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'dataRequestDecision', correctedFields: ['tempat'], corrections: [{ field: 'tempat', value: 'Dusun koreksi-kanari-3390' }] }),
    );
    expect(JSON.stringify(await runtime.scanAll())).not.toContain('koreksi-kanari-3390');
  });

  it('shows a request past its 3 × 24 h clock as overdue, and hides another regency’s case', async () => {
    // Prepare
    clock.set('2026-11-27T02:00:00.000Z');
    const { caseId } = await fileReport();
    await staffClient(runtime, 'blora').post(`/cases/${caseId}/data-requests`, { request: 'correction', expectedVersion: 2 });

    // Act
    clock.set('2026-11-30T02:00:01.000Z');
    const late = await supervisor().get(`/cases/${caseId}/data-requests`);
    const elsewhere = await staffClient(runtime, 'purwakarta', 'supervisor').get(`/cases/${caseId}/data-requests`);
    const badBody = await supervisor().post(`/cases/${caseId}/data-requests`, { request: 'lupakan', expectedVersion: 3 });

    // Assess
    expect(late.json.requests).toEqual([expect.objectContaining({ overdue: true })]);
    expect(elsewhere.status).toBe(404);
    expect(badBody.status).toBe(400);
  });
});
