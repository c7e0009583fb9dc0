import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TIMELINE_ENTRIES } from '#shared/store/dynamo-staff-cases.js';
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

describe('the bound on a case timeline', () => {
  it('answers 409 CASE_RECORD_FULL when the timeline already holds its maximum of entries', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const store = runtime.staff.apiDeps.cases;
    const by = { id: 'supervisor.blora@dev.lapor-aman.local', name: 'Supervisor Blora', role: 'supervisor' } as const;
    for (let version = 1; version <= MAX_TIMELINE_ENTRIES; version++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, version)).toISOString();
      const assignee = version % 2 ? { id: by.id, name: by.name } : null;
      await store.saveChange({ tenantId: 'blora', caseId, expectedVersion: version, at, assignee, entry: { kind: 'assignment', at, by, assignee: assignee ?? undefined } });
    }

    // Act
    const { status, json } = await staffClient(runtime, 'blora').post(`/cases/${caseId}/notes`, {
      text: 'satu catatan lagi',
      expectedVersion: MAX_TIMELINE_ENTRIES + 1,
    });

    // Assess
    expect(status).toBe(409);
    expect(json.code).toBe('CASE_RECORD_FULL');
  });

  it('answers 409 CASE_RECORD_FULL when long notes fill the case item before the entry bound', async () => {
    // Prepare: the longest note in emoji, 3 KB of UTF-8 each.
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');
    const text = '🙏'.repeat(750);
    let version = 1;

    // Act: note after note until the case refuses one.
    let last = await responder.post(`/cases/${caseId}/notes`, { text, expectedVersion: version });
    while (last.status === 201 && version < MAX_TIMELINE_ENTRIES) {
      version = last.json.version;
      last = await responder.post(`/cases/${caseId}/notes`, { text, expectedVersion: version });
    }

    // Assess
    expect(version).toBeLessThan(MAX_TIMELINE_ENTRIES);
    expect(last.status).toBe(409);
    expect(last.json.code).toBe('CASE_RECORD_FULL');
    expect((await responder.get(`/cases/${caseId}`)).status).toBe(200);
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
