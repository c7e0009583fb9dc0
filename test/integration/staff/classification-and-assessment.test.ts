import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson, tierReportJson } from '../../support/report-fixtures.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, MINUTE, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let responder: StaffClient;

const REASON = 'Dipegang-pegang pamannya: kekerasan seksual, bukan fisik. alasan-kanari-4417';
const ASSESSMENT_NOTE = 'Korban (Bu Kanari Asih) tinggal bersama paman; ibu bekerja di luar kota. asesmen-kanari-2290';

/** Two perpetrators: the uncle, and a cousin whose age nobody knows. */
const ASSESSMENT = {
  formsOfViolence: ['seksual', 'psikis'],
  contexts: ['kbgo'],
  place: 'rumah_tangga',
  victim: { ageBand: '13_17', sex: 'perempuan', disability: { present: true, kinds: ['rungu'] }, education: 'smp' },
  perpetrators: [
    { sex: 'laki_laki', ageBand: '45_59', relation: 'keluarga' },
    { sex: 'laki_laki', ageBand: 'tidak_diketahui', relation: 'keluarga' },
  ],
};

beforeAll(async () => {
  clock = createTestClock('2026-03-02T03:00:00.000Z');
  runtime = await startTestRuntime({ clock });
  responder = staffClient(runtime, 'blora');
});
afterAll(async () => {
  await runtime.stop();
});

const countOf = (counts: { key: string; count: number }[], key: string) => counts.find((c) => c.key === key)?.count;

describe('POST /api/v1/staff/cases/{caseId}/classification', () => {
  it('records old → new with the reason on the timeline and keeps triage\'s verdict on the case', async () => {
    // Prepare: triage files the beaten child as physical violence, TINGGI, in Cepu
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const corrected = await responder.post(`/cases/${caseId}/classification`, {
      categories: ['kekerasan_seksual', 'kdrt'],
      kecamatan: 'Jepon',
      reason: REASON,
      expectedVersion: 1,
    });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(corrected.status).toBe(200);
    expect(corrected.json).toMatchObject({
      version: 2,
      classification: { service: 'pengaduan_kekerasan', categories: ['kekerasan_seksual', 'kdrt'], urgency: 'TINGGI', kecamatan: 'Jepon' },
    });
    expect(view).toMatchObject({ category: 'kekerasan_seksual', categories: ['kekerasan_seksual', 'kdrt'], kecamatan: 'Jepon' });
    expect(view.triage).toEqual({ service: 'pengaduan_kekerasan', categories: ['kekerasan_fisik'], urgency: 'TINGGI', kecamatan: 'Cepu' });
    expect(view.timeline.at(-1)).toMatchObject({
      kind: 'classification',
      by: { name: 'Petugas jaga Blora', role: 'responder' },
      from: { categories: ['kekerasan_fisik'], kecamatan: 'Cepu' },
      to: { categories: ['kekerasan_seksual', 'kdrt'], kecamatan: 'Jepon' },
      reason: REASON,
    });
    expect(JSON.stringify(await runtime.scanAll())).not.toContain('alasan-kanari-4417');
  });

  it('keeps the first verdict when a supervisor corrects the case again', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    await responder.post(`/cases/${caseId}/classification`, { service: 'konseling', reason: 'Meminta psikolog', expectedVersion: 1 });

    // Act
    const again = await staffClient(runtime, 'blora', 'supervisor').post(`/cases/${caseId}/classification`, {
      service: 'pendampingan_hukum',
      reason: 'Keluarga ingin melapor ke polisi',
      expectedVersion: 2,
    });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(again.status).toBe(200);
    expect(view.service).toBe('pendampingan_hukum');
    expect(view.triage.service).toBe('pengaduan_kekerasan');
    expect(view.timeline.filter((e: { kind: string }) => e.kind === 'classification').map((e: any) => [e.from.service, e.to.service, e.by.role])).toEqual([
      ['pengaduan_kekerasan', 'konseling', 'responder'],
      ['konseling', 'pendampingan_hukum', 'supervisor'],
    ]);
  });

  it('moves the yearly numbers, the list filter and the CSV to the corrected category', async () => {
    // Prepare
    clock.set('2027-05-04T03:00:00.000Z');
    const { caseId, reference } = await reportCase(runtime, 'blora', namedReportJson());
    const before = (await responder.get('/numbers?year=2027')).json;

    // Act
    await responder.post(`/cases/${caseId}/classification`, { categories: ['kekerasan_seksual'], reason: REASON, expectedVersion: 1 });
    const after = (await responder.get('/numbers?year=2027')).json;
    const listed = (await responder.get('/cases?category=kekerasan_seksual')).json;
    const listedAsPhysical = (await responder.get('/cases?category=kekerasan_fisik')).json;
    const csv = (await responder.get('/export/cases.csv?year=2027')).text;

    // Assess
    expect([countOf(before.perCategory, 'kekerasan_fisik'), countOf(before.perCategory, 'kekerasan_seksual')]).toEqual([1, 0]);
    expect([countOf(after.perCategory, 'kekerasan_fisik'), countOf(after.perCategory, 'kekerasan_seksual')]).toEqual([0, 1]);
    expect(listed.cases.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    expect(listedAsPhysical.cases.map((c: { caseId: string }) => c.caseId)).not.toContain(caseId);
    const row = csv.split('\r\n').find((line) => line.startsWith(reference)) ?? '';
    expect(row.split(',').slice(5, 6)).toEqual(['kekerasan_seksual']);
    expect(row.includes(',kekerasan_seksual,kekerasan_fisik,TINGGI,Belum diasesmen,')).toBe(true);
  });

  it('finds a case by any of its corrected categories, not only the main one', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    await responder.post(`/cases/${caseId}/classification`, { categories: ['kdrt', 'penelantaran'], reason: REASON, expectedVersion: 1 });

    // Act
    const listed = (await responder.get('/cases?category=penelantaran&limit=100')).json;

    // Assess
    expect(listed.cases.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
  });

  it('restarts the response clock under the new urgency and lists the case in its new tier', async () => {
    // Prepare: a NORMAL case, two hours old
    const { caseId } = await reportCase(runtime, 'blora', tierReportJson('NORMAL'));
    clock.advance(2 * HOUR);

    // Act
    const raised = await responder.post(`/cases/${caseId}/classification`, { urgency: 'DARURAT', reason: REASON, expectedVersion: 1 });
    const view = (await responder.get(`/cases/${caseId}`)).json;
    const darurat = (await responder.get('/cases?urgency=DARURAT&limit=100')).json;
    const dueBy = await runtime.alertJobDeps.outbox.findCasesDueForEscalation(new Date(clock.now().getTime() + HOUR + MINUTE).toISOString(), 1000);

    // Assess: due within the hour from the change, and escalated then
    const dueAt = new Date(clock.now().getTime() + HOUR).toISOString();
    expect(raised.json.dueAt).toBe(dueAt);
    expect(view).toMatchObject({ urgency: 'DARURAT', dueAt, sla: 'awaiting' });
    expect(view.triage.urgency).toBe('NORMAL');
    expect(darurat.cases.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    expect(dueBy.map((c) => c.caseId)).toContain(caseId);
  });

  it('never postpones the due time when the urgency is raised near its end', async () => {
    // Prepare: a NORMAL case due in half an hour; TINGGI from now would give six more hours
    const { caseId } = await reportCase(runtime, 'blora', tierReportJson('NORMAL'));
    const reported = (await responder.get(`/cases/${caseId}`)).json;
    clock.advance(23.5 * HOUR);

    // Act
    const raised = await responder.post(`/cases/${caseId}/classification`, { urgency: 'TINGGI', reason: REASON, expectedVersion: 1 });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(raised.status).toBe(200);
    expect(view).toMatchObject({ urgency: 'TINGGI', dueAt: reported.dueAt });
  });

  it('gives a new day when a TINGGI case is lowered to NORMAL', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', tierReportJson('TINGGI'));
    clock.advance(HOUR);

    // Act
    await responder.post(`/cases/${caseId}/classification`, { urgency: 'NORMAL', reason: 'Korban sudah aman di rumah nenek', expectedVersion: 1 });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(view.dueAt).toBe(new Date(clock.now().getTime() + 24 * HOUR).toISOString());
  });

  it('answers 409 on a stale version and 404 for another regency\'s case', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    await responder.post(`/cases/${caseId}/notes`, { text: 'Sudah ditelepon', expectedVersion: 1 });

    // Act
    const stale = await responder.post(`/cases/${caseId}/classification`, { urgency: 'DARURAT', reason: REASON, expectedVersion: 1 });
    const foreign = await staffClient(runtime, 'purwakarta').post(`/cases/${caseId}/classification`, {
      urgency: 'DARURAT',
      reason: REASON,
      expectedVersion: 2,
    });

    // Assess
    expect([stale.status, stale.json.code]).toEqual([409, 'VERSION_CONFLICT']);
    expect(foreign.status).toBe(404);
    expect((await responder.get(`/cases/${caseId}`)).json.urgency).toBe('TINGGI');
  });

  it.each([
    ['an unknown category', { categories: ['kekerasan_online'], reason: REASON }, 'categories.0'],
    ['a category twice', { categories: ['kdrt', 'kdrt'], reason: REASON }, 'categories'],
    ['no categories', { categories: [], reason: REASON }, 'categories'],
    ['an unknown urgency', { urgency: 'SEDANG', reason: REASON }, 'urgency'],
    ['another regency\'s kecamatan', { kecamatan: 'Jatiluhur', reason: REASON }, 'kecamatan'],
    ['no reason', { urgency: 'DARURAT' }, 'reason'],
    ['a reason too long', { urgency: 'DARURAT', reason: 'x'.repeat(501) }, 'reason'],
    ['nothing to change', { reason: REASON }, 'service'],
    ['only what the case already says', { service: 'pengaduan_kekerasan', reason: REASON }, '(body)'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const refused = await responder.post(`/cases/${caseId}/classification`, { ...body, expectedVersion: 1 });

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.json.details.map((d: { field: string }) => d.field)).toContain(field);
  });
});

describe('PUT /api/v1/staff/cases/{caseId}/assessment', () => {
  it('records the assessment with two perpetrators, its note sealed, and shows it on the case', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const saved = await responder.put(`/cases/${caseId}/assessment`, { ...ASSESSMENT, note: ASSESSMENT_NOTE, expectedVersion: 1 });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ caseId, version: 2, assessment: { ...ASSESSMENT, recordedAt: clock.now().toISOString() } });
    expect(view.assessment).toEqual({ ...ASSESSMENT, recordedAt: clock.now().toISOString() });
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'assessment', assessment: ASSESSMENT, note: ASSESSMENT_NOTE, by: { role: 'responder' } });
    const numbers = (await responder.get(`/numbers?year=${clock.now().getUTCFullYear()}`)).json;
    expect(countOf(numbers.perPerpetratorRelation, 'keluarga')).toBeGreaterThanOrEqual(2);
    expect(countOf(numbers.perFormOfViolence, 'seksual')).toBeGreaterThanOrEqual(1);
    const raw = JSON.stringify(await runtime.scanAll());
    expect(raw).not.toContain('asesmen-kanari-2290');
    expect(raw).not.toContain('Kanari Asih');
  });

  it('lets the latest assessment win on the case and keeps the earlier one on the timeline', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    await responder.put(`/cases/${caseId}/assessment`, { ...ASSESSMENT, expectedVersion: 1 });
    const child = { ...ASSESSMENT, contexts: ['perkawinan_anak'], place: 'lainnya', perpetrators: [{ sex: 'laki_laki', ageBand: '25_44', relation: 'suami_istri' }] };

    // Act
    const second = await staffClient(runtime, 'blora', 'supervisor').put(`/cases/${caseId}/assessment`, { ...child, expectedVersion: 2 });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(second.status).toBe(200);
    expect(view.assessment).toMatchObject({ contexts: ['perkawinan_anak'], place: 'lainnya', perpetrators: child.perpetrators });
    const recorded = view.timeline.filter((e: { kind: string }) => e.kind === 'assessment');
    expect(recorded.map((e: any) => e.assessment.perpetrators.length)).toEqual([2, 1]);
    expect(recorded[0]).not.toHaveProperty('note');
  });

  it('answers 409 on a stale version and 404 for another regency\'s case', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    await responder.put(`/cases/${caseId}/assessment`, { ...ASSESSMENT, expectedVersion: 1 });

    // Act
    const stale = await responder.put(`/cases/${caseId}/assessment`, { ...ASSESSMENT, expectedVersion: 1 });
    const foreign = await staffClient(runtime, 'purwakarta').put(`/cases/${caseId}/assessment`, { ...ASSESSMENT, expectedVersion: 2 });

    // Assess
    expect([stale.status, foreign.status]).toEqual([409, 404]);
  });

  it.each([
    ['an unknown relation', { perpetrators: [ASSESSMENT.perpetrators[0], { sex: 'laki_laki', ageBand: '18_24', relation: 'dukun' }] }, 'perpetrators.1.relation'],
    ['no perpetrator', { perpetrators: [] }, 'perpetrators'],
    ['no form of violence', { formsOfViolence: [] }, 'formsOfViolence'],
    ['an unknown age band', { victim: { ...ASSESSMENT.victim, ageBand: '10_20' } }, 'victim.ageBand'],
    ['a disability kind without a disability', { victim: { ...ASSESSMENT.victim, disability: { present: false, kinds: ['netra'] } } }, 'victim.disability.kinds'],
    ['an unknown place', { place: 'pasar' }, 'place'],
  ])('answers 400 naming the field for %s', async (_name, change, field) => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const refused = await responder.put(`/cases/${caseId}/assessment`, { ...ASSESSMENT, ...change, expectedVersion: 1 });

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.json.details.map((d: { field: string }) => d.field)).toContain(field);
  });
});
