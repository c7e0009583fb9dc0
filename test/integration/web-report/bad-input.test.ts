import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedReportJson } from '../../support/report-fixtures.js';
import { postForm, postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const expectErrorShape = (json: Record<string, any>, code: string) => {
  expect(json.code).toBe(code);
  expect(json.message.id).toEqual(expect.any(String));
  expect(json.message.en).toEqual(expect.any(String));
  expect(JSON.stringify(json)).not.toMatch(/at .*\.ts:\d+|Error:/);
};

describe('bad input to the web channel', () => {
  it('names the invalid fields with 400 when fields are wrong', async () => {
    // Prepare
    const body = namedReportJson({
      service: 'tidak-ada',
      location: { kecamatan: 'Plered' },
      reporter: { anonymous: false, phone: '12345' },
      consent: { dataProcessing: false },
    });

    // Act
    const { status, json } = await postJson(`${runtime.url}/api/v1/blora/reports`, body);

    // Assess
    expect(status).toBe(400);
    expectErrorShape(json, 'INVALID_FIELDS');
    const fields = json.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['service', 'reporter.phone', 'consent.dataProcessing']));
  });

  it('rejects a kecamatan of another regency with 400', async () => {
    // Act
    const { status, json } = await postJson(
      `${runtime.url}/api/v1/blora/reports`,
      namedReportJson({ location: { kecamatan: 'Plered' } }),
    );

    // Assess
    expect(status).toBe(400);
    expect(json.details).toEqual([
      {
        field: 'location.kecamatan',
        issue: expect.stringContaining('Blora'),
        message: { id: expect.stringContaining('Blora'), en: expect.stringContaining('Blora') },
      },
    ]);
  });

  it('answers 404 TENANT_NOT_FOUND when the regency is unknown', async () => {
    // Act
    const json = await postJson(`${runtime.url}/api/v1/atlantis/reports`, namedReportJson());
    const page = await fetch(`${runtime.url}/atlantis/lapor`);

    // Assess
    expect(json.status).toBe(404);
    expectErrorShape(json.json, 'TENANT_NOT_FOUND');
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('answers 413 when the body is over 64 KB', async () => {
    // Act
    const { status, json } = await postJson(
      `${runtime.url}/api/v1/blora/reports`,
      namedReportJson({ narrative: 'x'.repeat(70 * 1024) }),
    );

    // Assess
    expect(status).toBe(413);
    expectErrorShape(json, 'PAYLOAD_TOO_LARGE');
  });

  it('answers 415 when the content type is wrong', async () => {
    // Act
    const response = await fetch(`${runtime.url}/api/v1/blora/reports`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(namedReportJson()),
    });
    const form = await fetch(`${runtime.url}/blora/lapor`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });

    // Assess
    expect(response.status).toBe(415);
    expectErrorShape((await response.json()) as Record<string, any>, 'UNSUPPORTED_MEDIA_TYPE');
    expect(form.status).toBe(415);
  });

  it('answers 400 MALFORMED_BODY when the JSON does not parse', async () => {
    // Act
    const response = await fetch(`${runtime.url}/api/v1/blora/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"service": "konsultasi",',
    });

    // Assess
    expect(response.status).toBe(400);
    expectErrorShape((await response.json()) as Record<string, any>, 'MALFORMED_BODY');
  });

  it('answers 400 when the body is JSON but not an object', async () => {
    // Act
    const { status, json } = await postJson(`${runtime.url}/api/v1/blora/reports`, [1, 2, 3]);

    // Assess
    expect(status).toBe(400);
    expectErrorShape(json, 'INVALID_FIELDS');
  });

  it('re-renders the form with field errors and 400 when the form is incomplete', async () => {
    // Act
    const { status, html, headers } = await postForm(`${runtime.url}/blora/lapor`, {
      submissionId: 'form-incomplete-1',
      service: 'pengaduan_kekerasan',
      narrative: '',
      anonymous: 'ya',
    });

    // Assess
    expect(status).toBe(400);
    expect(headers.get('cache-control')).toContain('no-store');
    expect(html).toContain('role="alert"');
    expect(html).toContain('name="narrative"');
  });
});
