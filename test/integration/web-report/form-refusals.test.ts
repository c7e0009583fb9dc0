import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_LIMITS } from '#shared/abuse/limits.js';
import { casesWithReference } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { FaultPlan, faultyPorts } from '../../support/port-faults.js';
import { postJsonFrom, sendRaw } from '../../support/raw-http.js';
import { namedReportJson } from '../../support/report-fixtures.js';

const faults = new FaultPlan();
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({
    ...faultyPorts(faults),
    abuseLimits: { ...DEFAULT_ABUSE_LIMITS, webIntakePerAddress: { limit: 2, windowSeconds: 3600 } },
  });
});
afterAll(async () => {
  await runtime.stop();
});
afterEach(() => {
  faults.heal();
});

const NARRATIVE = 'Ibu di sebelah rumah sering dipukul suaminya, anaknya juga ketakutan.';

const filledForm = (submissionId: string, narrative = NARRATIVE) => ({
  submissionId,
  lang: 'id',
  service: 'pengaduan_kekerasan',
  narrative,
  kecamatan: 'Jepon',
  victimAgeGroup: 'dewasa',
  victimGender: 'perempuan',
  relationToReporter: 'tetangga',
  anonymous: 'tidak',
  reporterName: 'Sri Rahayu',
  reporterPhone: '0812 3456 789',
  consent: 'ya',
});

/** Each test posts from its own client network, so the per-network limit counts only its own reports. */
const postFormFrom = (from: string, fields: Record<string, string>, tenant = 'blora') =>
  sendRaw(runtime.url, {
    method: 'POST',
    path: `/${tenant}/lapor`,
    from,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

const hiddenSubmissionId = (id: string) => `<input type="hidden" name="submissionId" value="${id}">`;

describe('POST /{tenant}/lapor when the report is refused whole', () => {
  it('re-renders the form with every answer and the same submission id when storage fails (503)', async () => {
    // Prepare
    faults.add({ label: 'Put CASE', timing: 'before', times: 1 });

    // Act
    const refused = await postFormFrom('127.0.0.21', filledForm('form-busy-1'));

    // Assess
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.headers['cache-control']).toContain('no-store');
    expect(refused.text).toContain('<title>Kesalahan: ');
    expect(refused.text).toContain('Laporan Anda belum tersimpan');
    expect(refused.text).toContain('Isian Anda masih ada di bawah ini.');
    expect(refused.text).toContain(hiddenSubmissionId('form-busy-1'));
    expect(refused.text).toContain(NARRATIVE);
    expect(refused.text).toContain('name="reporterPhone" value="0812 3456 789"');
    expect(refused.text).toContain('id="quick-exit"');
  });

  it('files one case when the re-rendered form is sent again after a 503', async () => {
    // Prepare
    faults.add({ label: 'Put CASE', timing: 'before', times: 1 });
    const refused = await postFormFrom('127.0.0.22', filledForm('form-busy-2'));
    expect(refused.status).toBe(503);

    // Act
    const resent = await postFormFrom('127.0.0.22', filledForm('form-busy-2'));
    const again = await postFormFrom('127.0.0.23', filledForm('form-busy-2'));

    // Assess
    expect(resent.status).toBe(200);
    const reference = resent.text.match(/BLR-\d{4}-\d{5}/)?.[0] ?? '';
    expect(reference).not.toBe('');
    expect(again.text).toContain(reference);
    expect(await casesWithReference(runtime, reference)).toHaveLength(1);
  });

  it('re-renders the form with the answers, the same submission id and Retry-After when the network is limited (429)', async () => {
    // Prepare
    for (const id of ['form-limit-1', 'form-limit-2']) {
      expect((await postFormFrom('127.0.0.24', filledForm(id))).status).toBe(200);
    }

    // Act
    const refused = await postFormFrom('127.0.0.24', filledForm('form-limit-3', 'Laporan ketiga dari jaringan yang sama.'));

    // Assess
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.text).toContain('coba lagi');
    expect(refused.text).toContain(hiddenSubmissionId('form-limit-3'));
    expect(refused.text).toContain('Laporan ketiga dari jaringan yang sama.');
  });

  it('re-renders the form with the new answers and the same submission id when that id already filed another report (409)', async () => {
    // Prepare
    const first = await postFormFrom('127.0.0.25', filledForm('form-conflict-1'));
    const reference = first.text.match(/BLR-\d{4}-\d{5}/)?.[0] ?? '';

    // Act
    const refused = await postFormFrom('127.0.0.25', filledForm('form-conflict-1', 'Tambahan: pelaku datang lagi malam ini.'));

    // Assess
    expect(refused.status).toBe(409);
    expect(refused.text).toContain(reference);
    expect(refused.text).toContain(hiddenSubmissionId('form-conflict-1'));
    expect(refused.text).toContain('Tambahan: pelaku datang lagi malam ini.');
  });

  it('reads the form before counting the network, so a body of another type counts for nothing', async () => {
    // Prepare
    const wrongType = { method: 'POST', path: '/mesuji/lapor', from: '127.0.0.26', headers: { 'content-type': 'text/plain' }, body: 'x' };

    // Act
    const refusals = [await sendRaw(runtime.url, wrongType), await sendRaw(runtime.url, wrongType)];
    const report = await postFormFrom('127.0.0.26', { ...filledForm('form-after-415'), kecamatan: 'Mesuji' }, 'mesuji');

    // Assess
    expect(refusals.map((r) => r.status)).toEqual([415, 415]);
    expect(report.status).toBe(200);
  });
});

describe('web idempotency keys', () => {
  it('keeps a form submission id apart from the same Idempotency-Key on the API', async () => {
    // Prepare
    const key = 'shared-key-1';
    const api = await postJsonFrom(runtime.url, '/api/v1/blora/reports', namedReportJson(), {
      from: '127.0.0.27',
      headers: { 'idempotency-key': key },
    });

    // Act
    const sameId = await postFormFrom('127.0.0.28', filledForm(key));
    const prefixedId = await postFormFrom('127.0.0.29', filledForm(`api:${key}`));

    // Assess
    expect(api.status).toBe(201);
    for (const form of [sameId, prefixedId]) {
      expect(form.status).toBe(200);
      expect(form.text).not.toContain(api.json.reference);
    }
  });

  it('accepts an Idempotency-Key of 196 characters, the most a channel reference leaves room for', async () => {
    // Act
    const answer = await postJsonFrom(runtime.url, '/api/v1/purwakarta/reports', namedReportJson({ location: { kecamatan: 'Plered' } }), {
      from: '127.0.0.30',
      headers: { 'idempotency-key': 'k'.repeat(196) },
    });

    // Assess
    expect(answer.status).toBe(201);
  });

  it('answers 400 naming the Idempotency-Key header when the key is longer than 196 characters', async () => {
    // Act
    const answer = await postJsonFrom(runtime.url, '/api/v1/purwakarta/reports', namedReportJson({ location: { kecamatan: 'Plered' } }), {
      from: '127.0.0.31',
      headers: { 'idempotency-key': 'k'.repeat(200) },
    });

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('INVALID_FIELDS');
    expect(answer.json.details.map((d: { field: string }) => d.field)).toEqual(['Idempotency-Key']);
  });
});
