import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const NOTE = 'Ibu korban (Bu Wartini) bersedia didampingi ke puskesmas besok pagi. catatan-rahasia-7731';

describe('case notes', () => {
  it('shows a note on the timeline with its action but stores its text only sealed', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');

    // Act
    const saved = await responder.post(`/cases/${caseId}/notes`, { text: NOTE, action: 'pendampingan', expectedVersion: 1 });
    const view = await responder.get(`/cases/${caseId}`);

    // Assess
    expect(saved.status).toBe(201);
    expect(saved.json).toEqual({ caseId, version: 2 });
    expect(view.json.timeline.at(-1)).toMatchObject({ kind: 'note', action: 'pendampingan', text: NOTE, by: { name: 'Petugas jaga Blora' } });
    const raw = JSON.stringify(await runtime.scanAll());
    expect(raw).not.toContain('catatan-rahasia-7731');
    expect(raw).not.toContain('Wartini');
  });

  it('shows the decrypted report details to the staff of the regency', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const { json } = await staffClient(runtime, 'blora').get(`/cases/${caseId}`);

    // Assess
    expect(json.details).toMatchObject({
      narrative: CANARY.narrative,
      locationDetail: 'RT 03 RW 02 dekat balai desa',
      victim: { ageGroup: 'anak_6_12', gender: 'perempuan', relationToReporter: 'tetangga' },
      contactBack: true,
    });
    expect(json.hasIdentity).toBe(true);
    expect(JSON.stringify(json)).not.toContain(CANARY.phoneE164);
  });

  it('answers 400 when a note is empty or too long', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');

    // Act
    const empty = await responder.post(`/cases/${caseId}/notes`, { text: '  ', expectedVersion: 1 });
    const long = await responder.post(`/cases/${caseId}/notes`, { text: 'x'.repeat(1501), expectedVersion: 1 });

    // Assess
    expect([empty.status, long.status]).toEqual([400, 400]);
  });
});

describe('case assignment', () => {
  it('lets a responder take a case and release it again', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');

    // Act
    const taken = await responder.post(`/cases/${caseId}/assignment`, { assignee: 'me', expectedVersion: 1 });
    const released = await responder.post(`/cases/${caseId}/assignment`, { assignee: null, expectedVersion: 2 });

    // Assess
    expect(taken.json.assignee).toEqual({ id: 'petugas.blora@dev.lapor-aman.local', name: 'Petugas jaga Blora' });
    expect(released.status).toBe(200);
    const view = (await responder.get(`/cases/${caseId}`)).json;
    expect(view).not.toHaveProperty('assignee');
    expect(view.timeline.filter((e: any) => e.kind === 'assignment').map((e: any) => e.assignee?.name ?? null)).toEqual([
      'Petugas jaga Blora',
      null,
    ]);
  });

  it('lets only a supervisor assign a colleague or take a case from someone else', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora', 'responder');
    const supervisor = staffClient(runtime, 'blora', 'supervisor');
    const colleague = { id: 'Dewi@Blora.example', name: 'Dewi Lestari' };

    // Act
    const byResponder = await responder.post(`/cases/${caseId}/assignment`, { assignee: colleague, expectedVersion: 1 });
    const bySupervisor = await supervisor.post(`/cases/${caseId}/assignment`, { assignee: colleague, expectedVersion: 1 });
    const releaseOthers = await responder.post(`/cases/${caseId}/assignment`, { assignee: null, expectedVersion: 2 });

    // Assess
    expect(byResponder.status).toBe(403);
    expect(bySupervisor.json.assignee).toEqual({ id: 'dewi@blora.example', name: 'Dewi Lestari' });
    expect(releaseOthers.status).toBe(403);
  });
});
