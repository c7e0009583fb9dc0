import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { personClient, reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, type TestClock } from '../../support/test-clock.js';

// mesuji is the seed regency in approval mode (config/tenants.json); blora reveals directly.
const TENANT = 'mesuji';
const MESUJI_REPORT = namedReportJson({ location: { kecamatan: 'Way Serdang' } });
const REASON = { reasonKind: 'rujukan_polisi', reason: 'Polisi meminta kontak pelapor untuk pemeriksaan saksi' };

let runtime: TestRuntime;
let clock: TestClock;
let responder: StaffClient;
let supervisor: StaffClient;
beforeAll(async () => {
  clock = createTestClock('2026-11-23T02:14:00.000Z');
  runtime = await startTestRuntime({ clock });
  responder = staffClient(runtime, TENANT, 'responder');
  supervisor = staffClient(runtime, TENANT, 'supervisor');
});
afterAll(async () => {
  await runtime.stop();
});

const tableText = async () => JSON.stringify(await runtime.scanAll());

describe('reveal with approval (approval-mode regency)', () => {
  it("refuses a responder's direct reveal, then reveals once after a supervisor approved the request", async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, TENANT, MESUJI_REPORT);

    // Act
    const direct = await responder.post(`/cases/${caseId}/reveal`, REASON);
    const asked = await responder.post(`/cases/${caseId}/reveal-requests`, REASON);
    const early = await responder.post(`/cases/${caseId}/reveal`, { requestId: asked.json.requestId });
    const pending = await supervisor.get('/reveal-requests');
    const approved = await supervisor.post(`/reveal-requests/${asked.json.requestId}/decision`, { approve: true });
    const revealed = await responder.post(`/cases/${caseId}/reveal`, { requestId: asked.json.requestId });
    const again = await responder.post(`/cases/${caseId}/reveal`, { requestId: asked.json.requestId });

    // Assess
    expect(direct.status).toBe(403);
    expect(direct.json.code).toBe('REVEAL_APPROVAL_REQUIRED');
    expect(asked.status).toBe(201);
    expect(asked.json).toMatchObject({ caseId, status: 'pending', reasonKind: 'rujukan_polisi' });
    expect(asked.json).not.toHaveProperty('reason');
    expect(early.json.code).toBe('REVEAL_REQUEST_NOT_USABLE');
    expect(pending.json.requests).toContainEqual(expect.objectContaining({ requestId: asked.json.requestId, reason: REASON.reason }));
    expect(approved.json).toMatchObject({ status: 'approved', validUntil: new Date(clock.now().getTime() + 24 * HOUR).toISOString() });
    expect(revealed.status).toBe(200);
    expect(revealed.json.identity).toMatchObject({ name: CANARY.name });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('REVEAL_REQUEST_NOT_USABLE');
  });

  it('records request, decision and reveal on the timeline and in the audit by kind only, never the words', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, TENANT, MESUJI_REPORT);
    const asked = await responder.post(`/cases/${caseId}/reveal-requests`, REASON);
    await supervisor.post(`/reveal-requests/${asked.json.requestId}/decision`, { approve: true });
    await responder.post(`/cases/${caseId}/reveal`, { requestId: asked.json.requestId });

    // Act
    const view = await responder.get(`/cases/${caseId}`);
    const audit = await supervisor.get('/audit/reveals');
    const requests = await responder.get(`/cases/${caseId}/reveal-requests`);

    // Assess
    expect(view.json.timeline.map((entry: { kind: string }) => entry.kind)).toEqual(
      expect.arrayContaining(['revealRequest', 'revealDecision', 'reveal']),
    );
    expect(audit.json.reveals[0]).toMatchObject({ caseId, reasonKind: 'rujukan_polisi', requestId: asked.json.requestId });
    expect(requests.json.requests[0]).toMatchObject({ status: 'approved', usedAt: expect.any(String) });
    for (const text of [view.text, audit.text, requests.text, await tableText()]) expect(text).not.toContain(REASON.reason);
  });

  it('lets a supervisor refuse, after which the request opens nothing', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, TENANT, MESUJI_REPORT);
    const asked = await responder.post(`/cases/${caseId}/reveal-requests`, REASON);

    // Act
    const byResponder = await responder.post(`/reveal-requests/${asked.json.requestId}/decision`, { approve: true });
    const refused = await supervisor.post(`/reveal-requests/${asked.json.requestId}/decision`, { approve: false });
    const twice = await supervisor.post(`/reveal-requests/${asked.json.requestId}/decision`, { approve: true });
    const reveal = await responder.post(`/cases/${caseId}/reveal`, { requestId: asked.json.requestId });

    // Assess
    expect(byResponder.status).toBe(403);
    expect(refused.json.status).toBe('refused');
    expect(twice.json.code).toBe('REVEAL_REQUEST_DECIDED');
    expect(reveal.json.code).toBe('REVEAL_REQUEST_NOT_USABLE');
  });

  it('refuses an approval after its 24-hour window, and another responder using it', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, TENANT, MESUJI_REPORT);
    const asked = await responder.post(`/cases/${caseId}/reveal-requests`, REASON);
    await supervisor.post(`/reveal-requests/${asked.json.requestId}/decision`, { approve: true });
    const other = personClient(runtime, TENANT, { email: 'rekan@mesuji.go.id', name: 'Rekan', role: 'responder' });

    // Act
    const byOther = await other.post(`/cases/${caseId}/reveal`, { requestId: asked.json.requestId });
    clock.advance(24 * HOUR + 1);
    const late = await responder.post(`/cases/${caseId}/reveal`, { requestId: asked.json.requestId });

    // Assess
    expect(byOther.json.code).toBe('REVEAL_REQUEST_NOT_USABLE');
    expect(late.json.code).toBe('REVEAL_REQUEST_NOT_USABLE');
  });

  it("lets a supervisor reveal directly (audited) and answers a responder's request with 409 in a direct-mode regency", async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, TENANT, MESUJI_REPORT);
    const blora = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const bySupervisor = await supervisor.post(`/cases/${caseId}/reveal`, REASON);
    const notNeeded = await staffClient(runtime, 'blora').post(`/cases/${blora.caseId}/reveal-requests`, REASON);
    const missing = await responder.post(`/cases/${caseId}/reveal-requests`, { reasonKind: 'tidak_ada', reason: 'x' });

    // Assess
    expect(bySupervisor.status).toBe(200);
    expect(notNeeded.json.code).toBe('REVEAL_REQUEST_NOT_NEEDED');
    expect(missing.status).toBe(400);
    expect(missing.json.code).toBe('INVALID_FIELDS');
  });
});
