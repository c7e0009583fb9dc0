import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let responder: StaffClient;
const refs: Record<string, string> = {};

beforeAll(async () => {
  // Reports on 20, 21 and 22 Nov 2026 at 10:00 WIB, one more at 23:30 WIB on 22 Nov.
  clock = createTestClock('2026-11-20T03:00:00.000Z');
  runtime = await startTestRuntime({ clock });
  responder = staffClient(runtime, 'blora');
  refs.cepuFisik = (await reportCase(runtime, 'blora', namedReportJson())).reference;
  clock.advance(24 * HOUR);
  refs.jatiKdrt = (await reportCase(runtime, 'blora', namedReportJson({ category: 'kdrt', location: { kecamatan: 'Jati' } }))).reference;
  clock.advance(24 * HOUR);
  const danger = await reportCase(runtime, 'blora', namedReportJson({ immediateDanger: 'ya', location: { kecamatan: 'Cepu' } }));
  refs.cepuDarurat = danger.reference;
  clock.advance(13.5 * HOUR);
  refs.lateNight = (await reportCase(runtime, 'blora', namedReportJson({ category: 'perundungan', location: { kecamatan: 'Blora' } }))).reference;
  await responder.post(`/cases/${danger.caseId}/assignment`, { assignee: 'me', expectedVersion: 1 });
  await responder.post(`/cases/${danger.caseId}/status`, { status: 'asesmen', expectedVersion: 2 });
});
afterAll(async () => {
  await runtime.stop();
});

const references = async (query: string) => {
  const { status, json } = await responder.get(`/cases${query}`);
  expect(status).toBe(200);
  return json.cases.map((c: { reference: string }) => c.reference);
};

describe('GET /api/v1/staff/cases', () => {
  it('lists the regency open cases most urgent first, then by due time, with their SLA state', async () => {
    // Act
    const { json } = await responder.get('/cases');

    // Assess
    expect(json.cases.map((c: any) => c.reference)).toEqual([refs.cepuDarurat, refs.cepuFisik, refs.jatiKdrt, refs.lateNight]);
    // Assessed 13.5 h after the report: the DARURAT tier's hour was missed.
    expect(json.cases[0]).toMatchObject({ urgency: 'DARURAT', status: 'asesmen', sla: 'missed', assignee: { name: 'Petugas jaga Blora' } });
    expect(json.cases[1]).toMatchObject({ urgency: 'TINGGI', sla: 'overdue', dueAt: '2026-11-20T09:00:00.000Z' });
    expect(json).not.toHaveProperty('nextCursor');
    expect(JSON.stringify(json)).not.toMatch(/details|identity|narrative/);
  });

  it('filters by status, urgency, category, channel, kecamatan and assignee when asked', async () => {
    // Assess
    expect(await references('?status=diterima')).toEqual([refs.cepuFisik, refs.jatiKdrt, refs.lateNight]);
    expect(await references('?status=asesmen,penanganan')).toEqual([refs.cepuDarurat]);
    expect(await references('?urgency=DARURAT')).toEqual([refs.cepuDarurat]);
    expect(await references('?category=kdrt,perundungan')).toEqual([refs.jatiKdrt, refs.lateNight]);
    expect(await references('?channel=web')).toHaveLength(4);
    expect(await references('?channel=whatsapp,call-center')).toEqual([]);
    expect(await references('?kecamatan=Cepu')).toEqual([refs.cepuDarurat, refs.cepuFisik]);
    expect(await references('?assignee=me')).toEqual([refs.cepuDarurat]);
    expect(await references('?assignee=none')).toEqual([refs.cepuFisik, refs.jatiKdrt, refs.lateNight]);
    expect(await references('?kecamatan=Cepu&status=diterima')).toEqual([refs.cepuFisik]);
  });

  it('filters by calendar dates of the regency, both ends included, when a date range is given', async () => {
    // Assess: 23:30 WIB on 22 Nov is still 22 Nov in Blora (16:30 UTC).
    expect(await references('?from=2026-11-22&to=2026-11-22')).toEqual([refs.cepuDarurat, refs.lateNight]);
    expect(await references('?from=2026-11-21')).toEqual([refs.cepuDarurat, refs.jatiKdrt, refs.lateNight]);
    expect(await references('?to=2026-11-20')).toEqual([refs.cepuFisik]);
  });

  it('pages through every case exactly once when a small limit and the returned cursor are used', async () => {
    // Act
    const first = (await responder.get('/cases?limit=3')).json;
    const second = (await responder.get(`/cases?limit=3&cursor=${first.nextCursor}`)).json;

    // Assess
    expect(first.cases).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    expect([...first.cases, ...second.cases].map((c: any) => c.reference)).toEqual([
      refs.cepuDarurat,
      refs.cepuFisik,
      refs.jatiKdrt,
      refs.lateNight,
    ]);
    expect(second).not.toHaveProperty('nextCursor');
  });

  it('pages through filtered results when the filter skips cases', async () => {
    // Act
    const first = (await responder.get('/cases?status=diterima&limit=2')).json;
    const second = (await responder.get(`/cases?status=diterima&limit=2&cursor=${first.nextCursor}`)).json;

    // Assess
    expect(first.cases.map((c: any) => c.reference)).toEqual([refs.cepuFisik, refs.jatiKdrt]);
    expect(second.cases.map((c: any) => c.reference)).toEqual([refs.lateNight]);
  });

  it('answers 400 naming the field when a filter, limit or cursor is not valid', async () => {
    // Act
    const answers = await Promise.all(
      ['?status=terbuka', '?urgency=darurat', '?from=22-11-2026', '?from=2026-11-22&to=2026-11-01', '?limit=1000', '?cursor=abc'].map(
        (query) => responder.get(`/cases${query}`),
      ),
    );

    // Assess
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(answers.map((a) => a.json.details[0].field)).toEqual(['status.0', 'urgency.0', 'from', 'to', 'limit', 'cursor']);
  });
});
