import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let supervisor: StaffClient;
const NOTE = 'Korban Sulastri dijenguk di rumah kerabat, catatan-kanari-5512.';
const REASON = 'Perlu menelepon pelapor untuk jadwal penjangkauan';

/** A case reported at `at` (UTC), assessed `assessAfterHours` later (or never). */
async function caseAt(at: string, report: Record<string, unknown>, assessAfterHours?: number) {
  clock.set(at);
  const created = await reportCase(runtime, 'blora', namedReportJson(report));
  if (assessAfterHours !== undefined) {
    clock.advance(assessAfterHours * HOUR);
    await supervisor.post(`/cases/${created.caseId}/status`, { status: 'asesmen', expectedVersion: 1 });
  }
  return created;
}

beforeAll(async () => {
  clock = createTestClock('2024-03-01T03:00:00.000Z');
  runtime = await startTestRuntime({ clock });
  supervisor = staffClient(runtime, 'blora', 'supervisor');
  await caseAt('2024-03-01T03:00:00.000Z', {}, 2);
  await caseAt('2024-12-31T18:00:00.000Z', {}, 1); // 1 Jan 2025 01:00 WIB: counts for 2025
  const inTime = await caseAt('2025-02-10T03:00:00.000Z', { category: 'kdrt', location: { kecamatan: 'Jati' } }, 20);
  await caseAt('2025-02-11T03:00:00.000Z', { category: 'kekerasan_seksual' }, 30);
  await caseAt('2025-07-01T03:00:00.000Z', { location: {} });
  clock.set('2026-01-15T03:00:00.000Z');
  await supervisor.post(`/cases/${inTime.caseId}/notes`, { text: NOTE, action: 'penjangkauan', expectedVersion: 2 });
  await supervisor.post(`/cases/${inTime.caseId}/assignment`, { assignee: 'me', expectedVersion: 3 });
  await supervisor.post(`/cases/${inTime.caseId}/reveal`, { reasonKind: 'penjangkauan_korban', reason: REASON });
});
afterAll(async () => {
  await runtime.stop();
});

describe('GET /api/v1/staff/numbers', () => {
  it('counts cases per year in the regency time zone', async () => {
    // Act
    const { status, json } = await supervisor.get('/numbers?year=2025');

    // Assess
    expect(status).toBe(200);
    expect(json.perYear).toEqual([
      { key: '2024', count: 1 },
      { key: '2025', count: 4 },
    ]);
    expect(json.year).toBe(2025);
    expect(json.total).toBe(4);
  });

  it('breaks a year down by month, category, channel, kecamatan and status', async () => {
    // Act
    const { json } = await supervisor.get('/numbers?year=2025');

    // Assess
    const count = (rows: { key: string; count: number }[], key: string) => rows.find((r) => r.key === key)?.count;
    expect(json.perMonth).toHaveLength(12);
    expect([count(json.perMonth, '2025-01'), count(json.perMonth, '2025-02'), count(json.perMonth, '2025-07')]).toEqual([1, 2, 1]);
    expect([count(json.perCategory, 'kdrt'), count(json.perCategory, 'kekerasan_seksual'), count(json.perCategory, 'kekerasan_fisik')]).toEqual([1, 1, 2]);
    expect(json.perChannel).toEqual([
      { key: 'web', count: 4 },
      { key: 'whatsapp', count: 0 },
      { key: 'call-center', count: 0 },
      { key: 'walk-in', count: 0 },
      { key: 'rujukan', count: 0 },
    ]);
    expect([count(json.perKecamatan, 'Cepu'), count(json.perKecamatan, 'Jati'), count(json.perKecamatan, '')]).toEqual([2, 1, 1]);
    expect(json.perKecamatan).toHaveLength(17);
    expect([count(json.perStatus, 'diterima'), count(json.perStatus, 'asesmen')]).toEqual([1, 3]);
  });

  it('gives the share of cases assessed within the SLA among those whose due time has passed', async () => {
    // Act
    const { json } = await supervisor.get('/numbers?year=2025');

    // Assess: TINGGI cases (6 h): in time (1 h), late (20 h, 30 h), never assessed (overdue).
    expect(json.sla).toMatchObject({ met: 1, missed: 2, overdue: 1, awaiting: 0, compliance: 0.25 });
  });

  it('defaults to the current year of the regency', async () => {
    // Act
    const { json } = await supervisor.get('/numbers');

    // Assess
    expect(json).toMatchObject({ year: 2026, total: 0, sla: { compliance: null } });
    expect(json.perYear.map((row: { key: string }) => row.key)).toEqual(['2024', '2025', '2026']);
  });
});

describe('GET /api/v1/staff/export/cases.csv', () => {
  it('exports one row of routing fields per case of the year as a CSV download', async () => {
    // Act
    const { status, headers, text } = await supervisor.get('/export/cases.csv?year=2025');

    // Assess
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="lapor-aman-blora-2025.csv"');
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header).toBe(
      'reference,created_at,created_date_local,channel,service,category,urgency,status,kecamatan,due_at,assessed_at,sla,closed_at,closing_reason,categories,triage_categories,triage_urgency,bentuk_kekerasan,tempat_kejadian,usia_korban,jenis_kelamin_korban,hubungan_pelaku,jenis_kelamin_pelaku,layanan',
    );
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^BLR-2025-\d{5},2025-01-01T01:00:00\+07:00,2025-01-01,web,pengaduan_kekerasan,kekerasan_fisik,TINGGI,asesmen,Cepu,/);
    expect(rows.map((row) => row.split(',')[11])).toEqual(['met', 'missed', 'missed', 'overdue']);
  });

  it('contains no personal data, narrative, note, assignee or reveal reason', async () => {
    // Act
    const { text } = await supervisor.get('/export/cases.csv');

    // Assess
    expect(text.trim().split('\r\n')).toHaveLength(6);
    for (const secret of [
      CANARY.name,
      CANARY.phone,
      CANARY.phoneE164,
      CANARY.nik,
      CANARY.address,
      'kanari-unik-8841',
      'dipukuli',
      'RT 03 RW 02',
      'kemarin malam',
      'catatan-kanari-5512',
      'Sulastri',
      'Supervisor Blora',
      '@dev.lapor-aman.local',
      REASON,
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
