import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let supervisor: StaffClient;

const ASSESSMENT_NOTE = 'Korban tinggal bersama paman Darmo di Jl. Kenanga 4. asesmen-kanari-7731';

/** Sexual and psychological violence at home; two perpetrators, the uncle and a cousin. */
const ASSESSMENT = {
  formsOfViolence: ['seksual', 'psikis'],
  place: 'rumah_tangga',
  victim: { ageBand: '13_17', sex: 'perempuan', disability: { present: false, kinds: [] }, education: 'smp' },
  perpetrators: [
    { sex: 'laki_laki', ageBand: '45_59', relation: 'keluarga' },
    { sex: 'laki_laki', ageBand: 'tidak_diketahui', relation: 'keluarga' },
  ],
};

type Row = { key: string; label: string; cases: number; victims: number; perpetrators?: number };
type Table = { name: string; title: string; rows: Row[] };
const rowOf = (tables: Table[], name: string, key: string) => tables.find((t) => t.name === name)?.rows.find((r) => r.key === key);

beforeAll(async () => {
  clock = createTestClock('2025-02-10T03:00:00.000Z');
  runtime = await startTestRuntime({ clock });
  supervisor = staffClient(runtime, 'blora', 'supervisor');
  const assessed = await reportCase(runtime, 'blora', namedReportJson());
  clock.advance(2 * HOUR);
  await supervisor.put(`/cases/${assessed.caseId}/assessment`, { ...ASSESSMENT, note: ASSESSMENT_NOTE, expectedVersion: 1 });
  for (const [service, expectedVersion] of [['penjangkauan', 2], ['konseling_psikologis', 3]] as const) {
    const given = { service, date: '2025-02-10', providedBy: 'Tim UPTD PPA', place: 'Rumah korban', expectedVersion };
    expect((await supervisor.post(`/cases/${assessed.caseId}/services`, given)).status).toBe(201);
  }
  clock.set('2025-03-31T18:30:00.000Z'); // 1 April 01:30 WIB: an April case
  await reportCase(runtime, 'blora', namedReportJson());
});
afterAll(async () => {
  await runtime.stop();
});

describe('GET /api/v1/staff/numbers: SIMFONI-PPA dimensions', () => {
  it('counts a case with two forms of violence once under each, per case and per victim, with Indonesian labels', async () => {
    // Act
    const { status, json } = await supervisor.get('/numbers?year=2025');

    // Assess
    expect(status).toBe(200);
    expect(json.total).toBe(2);
    expect(rowOf(json.simfoni, 'formOfViolence', 'seksual')).toEqual({ key: 'seksual', label: 'Seksual', cases: 1, victims: 1 });
    expect(rowOf(json.simfoni, 'formOfViolence', 'psikis')).toMatchObject({ label: 'Psikis', cases: 1 });
    expect(rowOf(json.simfoni, 'formOfViolence', 'fisik')).toMatchObject({ cases: 0 });
    expect(rowOf(json.simfoni, 'formOfViolence', '')).toEqual({ key: '', label: 'Belum diasesmen', cases: 1, victims: 1 });
    expect(rowOf(json.simfoni, 'victimAgeBand', '13_17')).toMatchObject({ label: '13–17 tahun', cases: 1 });
    // Two perpetrators of one relation: one case, two persons.
    expect(rowOf(json.simfoni, 'perpetratorRelation', 'keluarga')).toEqual({ key: 'keluarga', label: 'Keluarga / saudara', cases: 1, victims: 1, perpetrators: 2 });
    expect(rowOf(json.simfoni, 'perpetratorSex', 'laki_laki')).toMatchObject({ label: 'Laki-laki', cases: 1, perpetrators: 2 });
    for (const table of json.simfoni as Table[]) for (const row of table.rows) expect(row.label).not.toBe(row.key || 'x');
  });

  it('counts a case with two services once under each service, and a case without services under none', async () => {
    // Act
    const { json } = await supervisor.get('/numbers?year=2025');

    // Assess
    expect(rowOf(json.simfoni, 'service', 'penjangkauan')).toEqual({ key: 'penjangkauan', label: 'Penjangkauan', cases: 1, victims: 1 });
    expect(rowOf(json.simfoni, 'service', 'konseling_psikologis')).toMatchObject({ cases: 1 });
    expect(rowOf(json.simfoni, 'service', '')).toBeUndefined();
    expect(json.perService).toEqual(expect.arrayContaining([{ key: 'penjangkauan', count: 1 }, { key: 'konseling_psikologis', count: 1 }]));
  });

  it('narrows the breakdowns to one month with ?month= (the regency\'s calendar), keeping the year per month', async () => {
    // Act
    const april = (await supervisor.get('/numbers?year=2025&month=4')).json;
    const february = (await supervisor.get('/numbers?year=2025&month=2')).json;

    // Assess
    expect(april).toMatchObject({ year: 2025, month: 4, total: 1 });
    expect(rowOf(april.simfoni, 'formOfViolence', 'seksual')?.cases).toBe(0);
    expect(rowOf(april.simfoni, 'formOfViolence', '')?.cases).toBe(1);
    expect(february).toMatchObject({ month: 2, total: 1 });
    expect(rowOf(february.simfoni, 'formOfViolence', 'seksual')?.cases).toBe(1);
    expect(april.perMonth.filter((m: { count: number }) => m.count > 0)).toHaveLength(2);
  });

  it.each([['13'], ['0'], ['april']])('refuses month=%s with a 400 naming the field', async (month) => {
    // Act
    const { status, json } = await supervisor.get(`/numbers?year=2025&month=${month}`);

    // Assess
    expect(status).toBe(400);
    expect(JSON.stringify(json)).toContain('month');
  });
});

describe('GET /api/v1/staff/export/cases.csv: SIMFONI-PPA columns', () => {
  it('gives each case its dimensions as Indonesian labels and every timestamp in the regency\'s time', async () => {
    // Act
    const { text, headers } = await supervisor.get('/export/cases.csv?year=2025');

    // Assess
    const [header = '', ...lines] = text.trim().split('\r\n');
    const columns = header.split(',');
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index], cell])));
    expect(headers.get('content-disposition')).toContain('lapor-aman-blora-2025.csv');
    expect(columns.slice(-7)).toEqual(['bentuk_kekerasan', 'tempat_kejadian', 'usia_korban', 'jenis_kelamin_korban', 'hubungan_pelaku', 'jenis_kelamin_pelaku', 'layanan']);
    expect(rows[0]).toMatchObject({
      created_at: '2025-02-10T10:00:00+07:00',
      bentuk_kekerasan: 'Seksual; Psikis',
      tempat_kejadian: 'Rumah tangga',
      usia_korban: '13–17 tahun',
      jenis_kelamin_korban: 'Perempuan',
      hubungan_pelaku: 'Keluarga / saudara; Keluarga / saudara',
      jenis_kelamin_pelaku: 'Laki-laki; Laki-laki',
      layanan: 'Penjangkauan; Konseling psikologis',
    });
    expect(rows[0]?.due_at).toMatch(/^2025-02-10T\d\d:00:00\+07:00$/);
    expect(rows[1]).toMatchObject({ created_at: '2025-04-01T01:30:00+07:00', bentuk_kekerasan: 'Belum diasesmen' });
  });

  it('exports one month with ?month= and stays free of personal data and the sealed assessment note', async () => {
    // Act
    const { text, headers } = await supervisor.get('/export/cases.csv?year=2025&month=2');

    // Assess
    expect(headers.get('content-disposition')).toContain('lapor-aman-blora-2025-02.csv');
    expect(text.trim().split('\r\n')).toHaveLength(2);
    for (const secret of [CANARY.name, CANARY.phone, CANARY.phoneE164, CANARY.nik, CANARY.address, 'asesmen-kanari-7731', 'Darmo', 'Kenanga']) {
      expect(text).not.toContain(secret);
    }
  });
});
