import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const reportsUrl = (tenant: string) => `${runtime.url}/api/v1/${tenant}/reports`;

describe('POST /api/v1/{tenant}/reports', () => {
  it('returns a reference, a tracking code and the due time when the report is valid', async () => {
    // Prepare
    const before = Date.now();

    // Act
    const { status, json } = await postJson(reportsUrl('blora'), namedReportJson());

    // Assess
    expect(status).toBe(201);
    expect(json.reference).toMatch(/^BLR-\d{4}-\d{5}$/);
    expect(json.trackingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(json.status).toBe('diterima');
    // A child beaten at home is TINGGI: a first assessment within six hours.
    const dueMs = Date.parse(json.dueAt) - before;
    expect(dueMs).toBeGreaterThan(5.9 * 3_600_000);
    expect(dueMs).toBeLessThan(6.1 * 3_600_000);
  });

  it('stores no plaintext personal data when a named report is accepted', async () => {
    // Prepare
    const { json } = await postJson(reportsUrl('blora'), namedReportJson());

    // Act
    const raw = JSON.stringify(await runtime.scanAll());

    // Assess
    expect(raw).toContain(json.reference);
    for (const secret of [CANARY.name, CANARY.phone, CANARY.phoneE164, CANARY.nik, CANARY.address, 'kanari-unik-8841']) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toContain(json.trackingCode);
    expect(raw).not.toContain('dipukuli');
  });

  it('creates one case and answers the same way when the same Idempotency-Key is sent twice', async () => {
    // Prepare
    const key = `retry-${Date.now()}`;

    // Act
    const first = await postJson(reportsUrl('purwakarta'), namedReportJson({ location: { kecamatan: 'Plered' } }), {
      'idempotency-key': key,
    });
    const second = await postJson(reportsUrl('purwakarta'), namedReportJson({ location: { kecamatan: 'Plered' } }), {
      'idempotency-key': key,
    });

    // Assess
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.json).toEqual(first.json);
    const cases = (await runtime.scanAll()).filter((i) => i.type === 'Case' && i.reference === first.json.reference);
    expect(cases).toHaveLength(1);
  });

  it('refuses with 409 when an Idempotency-Key is reused for a different report', async () => {
    // Prepare
    const key = `reuse-${Date.now()}`;
    await postJson(reportsUrl('blora'), namedReportJson(), { 'idempotency-key': key });

    // Act
    const { status, json } = await postJson(reportsUrl('blora'), namedReportJson({ narrative: 'Laporan lain sama sekali.' }), {
      'idempotency-key': key,
    });

    // Assess
    expect(status).toBe(409);
    expect(json.code).toBe('ALREADY_SUBMITTED');
  });

  it('gives 50 concurrent submissions 50 distinct references', async () => {
    // Prepare
    const submissions = Array.from({ length: 50 }, (_, i) =>
      namedReportJson({
        narrative: `Laporan serentak nomor ${i}`,
        location: { kecamatan: 'Tanjung Raya' },
        reporter: { anonymous: true },
      }),
    );

    // Act
    const answers = await Promise.all(submissions.map((body) => postJson(reportsUrl('mesuji'), body)));

    // Assess
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const references = new Set(answers.map((a) => a.json.reference));
    expect(references.size).toBe(50);
    for (const reference of references) expect(reference).toMatch(/^MSJ-/);
  });

  it('alerts the on-call outbox with routing facts only when a case is stored', async () => {
    // Prepare
    const { json } = await postJson(reportsUrl('blora'), namedReportJson({ immediateDanger: 'ya' }));

    // Act
    const alert = runtime.printed.find((line) => line.includes(json.reference));
    const stored = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === json.reference);

    // Assess
    expect(alert).toMatch(/DARURAT/);
    expect(alert).toContain('Kec. Cepu');
    for (const secret of [CANARY.name, CANARY.phoneE164, 'dipukuli', 'tetangga']) expect(alert).not.toContain(secret);
    expect(stored?.alerts).toMatchObject({ received: { state: 'sent' } });
    expect(stored).not.toHaveProperty('outboxPk');
  });
});

describe('POST /api/v1/{tenant}/reports/status', () => {
  it('returns status and last update only when reference and code match', async () => {
    // Prepare
    const { json: receipt } = await postJson(reportsUrl('blora'), namedReportJson());

    // Act
    const { status, json } = await postJson(`${reportsUrl('blora')}/status`, {
      reference: receipt.reference.toLowerCase(),
      trackingCode: receipt.trackingCode.replaceAll('-', ' '),
    });

    // Assess
    expect(status).toBe(200);
    expect(Object.keys(json).sort()).toEqual(['reference', 'status', 'statusLabel', 'updatedAt']);
    expect(json.status).toBe('diterima');
  });

  it('does not accept a blora tracking code at purwakarta', async () => {
    // Prepare
    const { json: receipt } = await postJson(reportsUrl('blora'), namedReportJson());

    // Act
    const elsewhere = await postJson(`${reportsUrl('purwakarta')}/status`, {
      reference: receipt.reference,
      trackingCode: receipt.trackingCode,
    });

    // Assess
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.json.code).toBe('REPORT_NOT_FOUND');
  });

  it('answers a wrong code exactly like an unknown reference', async () => {
    // Prepare
    const { json: receipt } = await postJson(reportsUrl('blora'), namedReportJson());

    // Act
    const wrongCode = await postJson(`${reportsUrl('blora')}/status`, {
      reference: receipt.reference,
      trackingCode: 'AAAA-BBBB-CCCC',
    });
    const unknown = await postJson(`${reportsUrl('blora')}/status`, {
      reference: 'BLR-2026-99999',
      trackingCode: 'AAAA-BBBB-CCCC',
    });

    // Assess
    expect(wrongCode.status).toBe(404);
    expect(wrongCode.json).toEqual(unknown.json);
  });
});
