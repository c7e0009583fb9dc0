import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

describe('optimistic locking of case changes', () => {
  it('lets exactly one of two concurrent status changes win and answers the other with 409', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora', 'responder');
    const supervisor = staffClient(runtime, 'blora', 'supervisor');

    // Act
    const answers = await Promise.all([
      responder.post(`/cases/${caseId}/status`, { status: 'asesmen', expectedVersion: 1 }),
      supervisor.post(`/cases/${caseId}/status`, { status: 'asesmen', expectedVersion: 1 }),
    ]);

    // Assess
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)?.json.code).toBe('VERSION_CONFLICT');
    const view = (await responder.get(`/cases/${caseId}`)).json;
    expect(view).toMatchObject({ status: 'asesmen', version: 2 });
    expect(view.timeline.filter((e: any) => e.kind === 'status')).toHaveLength(1);
  });

  it('keeps one write when many staff race on the same case at once', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const staff = [staffClient(runtime, 'blora', 'responder'), staffClient(runtime, 'blora', 'supervisor')];

    // Act
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        staff[i % 2]?.post(`/cases/${caseId}/notes`, { text: `catatan ${i}`, expectedVersion: 1 }),
      ),
    );

    // Assess
    expect(answers.filter((a) => a?.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a?.status === 409)).toHaveLength(7);
    const notes = (await staff[0]?.get(`/cases/${caseId}`))?.json.timeline.filter((e: any) => e.kind === 'note');
    expect(notes).toHaveLength(1);
  });

  it('lets the case history itself refuse the second of two changes read at the same version', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const store = runtime.staff.apiDeps.cases;
    const by = { id: 'petugas.blora@dev.lapor-aman.local', name: 'Petugas jaga Blora', role: 'responder' } as const;
    const change = (at: string) => ({
      tenantId: 'blora',
      caseId,
      expectedVersion: 1,
      entry: { kind: 'status' as const, at, by, from: 'diterima' as const, to: 'asesmen' as const },
      set: { status: 'asesmen' as const },
    });

    // Act
    const results = await Promise.all([store.saveChange(change('2026-11-23T03:00:00.000Z')), store.saveChange(change('2026-11-23T03:00:01.000Z'))]);

    // Assess
    expect(results.filter((r) => r.saved)).toEqual([{ saved: true, version: 2 }]);
    expect(results.filter((r) => !r.saved)).toEqual([{ saved: false, reason: 'stale' }]);
  });

  it('answers 409 VERSION_CONFLICT when a change is based on an old version', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');
    await responder.post(`/cases/${caseId}/assignment`, { assignee: 'me', expectedVersion: 1 });

    // Act
    const { status, json } = await responder.post(`/cases/${caseId}/status`, { status: 'asesmen', expectedVersion: 1 });

    // Assess
    expect(status).toBe(409);
    expect(json.code).toBe('VERSION_CONFLICT');
    expect(json.message.en).toMatch(/changed this case/);
  });
});
