import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedCase } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let responder: StaffClient;
let supervisor: StaffClient;

beforeEach(async () => {
  clock = createTestClock('2026-11-23T02:14:00.000Z');
  runtime = await startTestRuntime({ clock });
  responder = staffClient(runtime, 'blora');
  supervisor = staffClient(runtime, 'blora', 'supervisor');
});
afterEach(async () => {
  await runtime.stop();
});

/** A blora case in handling (version 3), ready to be closed. */
async function caseInHandling(): Promise<{ caseId: string; reference: string }> {
  const reported = await reportCase(runtime, 'blora', namedReportJson());
  await responder.post(`/cases/${reported.caseId}/status`, { status: 'asesmen', expectedVersion: 1 });
  await responder.post(`/cases/${reported.caseId}/status`, { status: 'penanganan', expectedVersion: 2 });
  return reported;
}

const NOTE = 'Korban sudah kembali bersekolah dan didampingi keluarga.';

describe('closing a case as a decision', () => {
  it('refuses a responder who closes directly with 403 and keeps the case open', async () => {
    // Prepare
    const { caseId } = await caseInHandling();

    // Act
    const closed = await responder.post(`/cases/${caseId}/status`, { status: 'selesai', closingReason: 'terminasi', expectedVersion: 3 });

    // Assess
    expect(closed.status).toBe(403);
    expect(closed.json.code).toBe('FORBIDDEN');
    expect((await responder.get(`/cases/${caseId}`)).json).toMatchObject({ status: 'penanganan', version: 3 });
  });

  it('keeps a responder request waiting until a supervisor approves, then closes the case', async () => {
    // Prepare
    const { caseId, reference } = await caseInHandling();

    // Act
    const asked = await responder.post(`/cases/${caseId}/close-request`, { closingReason: 'reintegrasi_sosial', note: NOTE, expectedVersion: 3 });
    const waiting = (await responder.get(`/cases/${caseId}`)).json;
    const listed = (await supervisor.get('/cases?closeRequested=true')).json;
    clock.advance(2 * HOUR);
    const approved = await supervisor.post(`/cases/${caseId}/close-decision`, { decision: 'approve', expectedVersion: 4 });

    // Assess
    expect(asked.status).toBe(200);
    expect(asked.json).toMatchObject({ status: 'penanganan', closeRequested: true, version: 4 });
    expect(waiting).toMatchObject({ status: 'penanganan', closeRequest: { closingReason: 'reintegrasi_sosial', by: { role: 'responder' } } });
    expect(waiting.timeline.at(-1)).toMatchObject({ kind: 'close_request', closingReason: 'reintegrasi_sosial', text: NOTE });
    expect(listed.cases.map((c: any) => c.reference)).toEqual([reference]);
    expect(approved.json).toMatchObject({ status: 'selesai', closeRequested: false, version: 5 });
    const closed = (await responder.get(`/cases/${caseId}`)).json;
    expect(closed).toMatchObject({ status: 'selesai', closingReason: 'reintegrasi_sosial', closedAt: '2026-11-23T04:14:00.000Z' });
    expect(closed).not.toHaveProperty('closeRequest');
    expect(closed.timeline.at(-1)).toMatchObject({
      kind: 'status',
      to: 'selesai',
      by: { role: 'supervisor' },
      requestedBy: { role: 'responder' },
    });
    const stored = await storedCase(runtime, reference);
    expect(stored).not.toHaveProperty('openPk');
    // The note is sealed wherever it is stored: the case item and its history alike.
    expect(JSON.stringify(await runtime.scanAll())).not.toContain('kembali bersekolah');
  });

  it('sends a request back with the supervisor reason and lets the responder ask again', async () => {
    // Prepare
    const { caseId } = await caseInHandling();
    await responder.post(`/cases/${caseId}/close-request`, { closingReason: 'terminasi', expectedVersion: 3 });

    // Act
    const noReason = await supervisor.post(`/cases/${caseId}/close-decision`, { decision: 'return', expectedVersion: 4 });
    const returned = await supervisor.post(`/cases/${caseId}/close-decision`, {
      decision: 'return',
      reason: 'Kunjungan rumah terakhir belum dicatat.',
      expectedVersion: 4,
    });
    const askedAgain = await responder.post(`/cases/${caseId}/close-request`, { closingReason: 'terminasi', expectedVersion: 5 });

    // Assess
    expect(noReason.status).toBe(400);
    expect(noReason.json.details.map((d: any) => d.field)).toEqual(['reason']);
    expect(returned.json).toMatchObject({ status: 'penanganan', closeRequested: false, version: 5 });
    const view = (await responder.get(`/cases/${caseId}`)).json;
    expect(view.timeline.filter((e: any) => e.kind === 'close_returned')).toMatchObject([
      { by: { role: 'supervisor' }, requestedBy: { role: 'responder' }, text: 'Kunjungan rumah terakhir belum dicatat.' },
    ]);
    expect(askedAgain.status).toBe(200);
  });

  it('refuses a responder who approves, returns or reopens with 403', async () => {
    // Prepare
    const { caseId } = await caseInHandling();
    await responder.post(`/cases/${caseId}/close-request`, { closingReason: 'terminasi', expectedVersion: 3 });

    // Act
    const approved = await responder.post(`/cases/${caseId}/close-decision`, { decision: 'approve', expectedVersion: 4 });
    const reopened = await responder.post(`/cases/${caseId}/reopen`, { reason: 'salah tutup', expectedVersion: 4 });

    // Assess
    expect([approved.status, reopened.status]).toEqual([403, 403]);
    expect((await responder.get(`/cases/${caseId}`)).json).toMatchObject({ status: 'penanganan', version: 4 });
  });

  it('lets a supervisor close at once with a reason, and reopen the case with another', async () => {
    // Prepare
    const { caseId, reference } = await caseInHandling();

    // Act
    const closed = await supervisor.post(`/cases/${caseId}/close-request`, { closingReason: 'terminasi', note: NOTE, expectedVersion: 3 });
    const noReason = await supervisor.post(`/cases/${caseId}/reopen`, { expectedVersion: 4 });
    const reopened = await supervisor.post(`/cases/${caseId}/reopen`, { reason: 'Pelapor datang lagi: kekerasan berulang.', expectedVersion: 4 });

    // Assess
    expect(closed.json).toMatchObject({ status: 'selesai', closeRequested: false, version: 4 });
    expect(noReason.status).toBe(400);
    expect(reopened.json).toMatchObject({ status: 'penanganan', version: 5 });
    const view = (await responder.get(`/cases/${caseId}`)).json;
    expect(view).not.toHaveProperty('closedAt');
    expect(view.nextStatuses).toEqual(['rujukan', 'selesai']);
    expect(view.timeline.slice(-2)).toMatchObject([
      { kind: 'status', to: 'selesai', text: NOTE },
      { kind: 'reopened', to: 'penanganan', text: 'Pelapor datang lagi: kekerasan berulang.' },
    ]);
    // Back in the open list; the one-day clock was measured once and is not started again.
    expect(await storedCase(runtime, reference)).toMatchObject({ openPk: 'TENANT#blora' });
    expect(await storedCase(runtime, reference)).not.toHaveProperty('slaPk');
  });

  it('answers 409 on a stale version, a second request or a decision nobody asked for', async () => {
    // Prepare
    const { caseId } = await caseInHandling();

    // Act
    const undecided = await supervisor.post(`/cases/${caseId}/close-decision`, { decision: 'approve', expectedVersion: 3 });
    const stale = await responder.post(`/cases/${caseId}/close-request`, { closingReason: 'terminasi', expectedVersion: 2 });
    await responder.post(`/cases/${caseId}/close-request`, { closingReason: 'terminasi', expectedVersion: 3 });
    const twice = await responder.post(`/cases/${caseId}/close-request`, { closingReason: 'terminasi', expectedVersion: 4 });
    const notClosed = await supervisor.post(`/cases/${caseId}/reopen`, { reason: 'uji', expectedVersion: 4 });

    // Assess
    expect([undecided, stale, twice, notClosed].map((r) => [r.status, r.json.code])).toEqual([
      [409, 'NO_CLOSE_REQUEST'],
      [409, 'VERSION_CONFLICT'],
      [409, 'CLOSE_REQUEST_PENDING'],
      [409, 'INVALID_TRANSITION'],
    ]);
  });

  it('asks for a closing reason from the list, with nothing assumed', async () => {
    // Prepare
    const { caseId } = await caseInHandling();

    // Act
    const none = await responder.post(`/cases/${caseId}/close-request`, { expectedVersion: 3 });
    const unknown = await responder.post(`/cases/${caseId}/close-request`, { closingReason: 'bosan', expectedVersion: 3 });

    // Assess
    expect([none.status, unknown.status]).toEqual([400, 400]);
    expect(none.json.details.map((d: any) => d.field)).toEqual(['closingReason']);
  });

  it('answers 404 to another regency on every closing route', async () => {
    // Prepare
    const { caseId } = await caseInHandling();
    const other = staffClient(runtime, 'purwakarta', 'supervisor');

    // Act
    const answers = await Promise.all([
      other.post(`/cases/${caseId}/close-request`, { closingReason: 'terminasi', expectedVersion: 3 }),
      other.post(`/cases/${caseId}/close-decision`, { decision: 'approve', expectedVersion: 3 }),
      other.post(`/cases/${caseId}/reopen`, { reason: 'uji', expectedVersion: 3 }),
    ]);

    // Assess
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404]);
    expect((await responder.get(`/cases/${caseId}`)).json).toMatchObject({ status: 'penanganan', version: 3 });
  });
});
