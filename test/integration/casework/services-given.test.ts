import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock } from '../../support/test-clock.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
// 23:30 WIB on 2 March 2026: still 2 March in Blora, already the 3rd nowhere it matters.
const clock = createTestClock('2026-03-02T16:30:00.000Z');
beforeAll(async () => {
  runtime = await startTestRuntime({ clock });
});
afterAll(async () => {
  await runtime.stop();
});

const SERVICE_NOTE = 'Korban (Sri Lestari) diantar ke RSUD, visum selesai. catatan-layanan-5521';

describe('services given', () => {
  it('records a service on the timeline and in the case, with who, where and the note sealed', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');
    const service = { service: 'layanan_kesehatan', date: '2026-03-02', providedBy: 'RSUD dr. R. Soetijono', place: 'Blora', note: SERVICE_NOTE };

    // Act
    const saved = await responder.post(`/cases/${caseId}/services`, { ...service, expectedVersion: 1 });
    const again = await responder.post(`/cases/${caseId}/services`, { ...service, note: undefined, expectedVersion: 2 });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect([saved.status, again.status]).toEqual([201, 201]);
    expect(view.servicesGiven).toEqual(['layanan_kesehatan']);
    expect(view.timeline.filter((entry: { kind: string }) => entry.kind === 'service')).toMatchObject([
      { service: 'layanan_kesehatan', date: '2026-03-02', providedBy: 'RSUD dr. R. Soetijono', note: SERVICE_NOTE },
      { service: 'layanan_kesehatan', place: 'Blora', by: { name: 'Petugas jaga Blora' } },
    ]);
    const raw = JSON.stringify(await runtime.scanAll());
    expect(raw).not.toContain('catatan-layanan-5521');
    expect(raw).not.toContain('Soetijono');
  });

  it('refuses a service dated after today in the regency, an unknown kind, and a stale version', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');
    const service = { service: 'mediasi', date: '2026-03-02', providedBy: 'UPTD PPA', place: 'Kantor UPTD' };

    // Act
    const tomorrow = await responder.post(`/cases/${caseId}/services`, { ...service, date: '2026-03-03', expectedVersion: 1 });
    const unknown = await responder.post(`/cases/${caseId}/services`, { ...service, service: 'pijat', expectedVersion: 1 });
    const stale = await responder.post(`/cases/${caseId}/services`, { ...service, expectedVersion: 7 });
    const otherRegency = await staffClient(runtime, 'purwakarta').post(`/cases/${caseId}/services`, { ...service, expectedVersion: 1 });

    // Assess
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.json.details).toMatchObject([{ field: 'date' }]);
    expect([unknown.status, stale.status, otherRegency.status]).toEqual([400, 409, 404]);
  });
});
