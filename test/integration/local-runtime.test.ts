import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { namedReportJson } from '../support/report-fixtures.js';
import { postJson } from '../support/http.js';
import { startTestRuntime } from '../support/local-runtime.js';
import { sendRaw } from '../support/raw-http.js';

const dataDir = mkdtempSync(join(tmpdir(), 'lapor-aman-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('local runtime', () => {
  it('keeps cases, the key and the reference counter when restarted on the same data folder', async () => {
    // Prepare
    const first = await startTestRuntime({ dataDir, masterKey: undefined });
    const before = await postJson(`${first.url}/api/v1/blora/reports`, namedReportJson());
    await first.stop();

    // Act
    const second = await startTestRuntime({ dataDir, masterKey: undefined });
    const status = await postJson(`${second.url}/api/v1/blora/reports/status`, {
      reference: before.json.reference,
      trackingCode: before.json.trackingCode,
    });
    const after = await postJson(`${second.url}/api/v1/blora/reports`, namedReportJson());
    await second.stop();

    // Assess
    expect(status.status).toBe(200);
    expect(Number(after.json.reference.slice(-5))).toBe(Number(before.json.reference.slice(-5)) + 1);
    expect(statSync(join(dataDir, 'local-key')).mode & 0o777).toBe(0o600);
  });

  it('logs one line per request with method, route, status and time but no body', async () => {
    // Prepare
    const runtime = await startTestRuntime();

    // Act
    await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());
    await fetch(`${runtime.url}/healthz`);
    await runtime.stop();

    // Assess
    const requestLines = runtime.printed.filter((line) => /^(GET|POST) \//.test(line));
    expect(requestLines).toEqual([
      expect.stringMatching(/^POST \/api\/v1\/\{tenant\}\/reports 201 [\d.]+ms$/),
      expect.stringMatching(/^GET \/healthz 200 [\d.]+ms$/),
    ]);
  });

  it('answers 404 for a path no function serves and 405 for a wrong method, with the security headers', async () => {
    // Prepare
    const runtime = await startTestRuntime();

    // Act
    const missing = await fetch(`${runtime.url}/no/such/page/here`);
    const wrongMethod = await fetch(`${runtime.url}/api/v1/blora/reports`, { method: 'DELETE' });
    await runtime.stop();

    // Assess
    expect(missing.status).toBe(404);
    expect(wrongMethod.status).toBe(405);
    for (const response of [missing, wrongMethod]) {
      expect(response.headers.get('cache-control')).toContain('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
  });

  it('answers a request whose headers are too large like any other error: JSON and the security headers', async () => {
    // Prepare
    const runtime = await startTestRuntime();

    // Act
    const response = await sendRaw(runtime.url, {
      method: 'GET',
      path: '/blora/lapor',
      headers: { 'x-padding': 'a'.repeat(20_000) },
    });
    await runtime.stop();

    // Assess
    expect(response.status).toBe(431);
    expect(JSON.parse(response.text)).toMatchObject({ code: 'HEADERS_TOO_LARGE', message: { id: expect.any(String) } });
    expect(response.headers['cache-control']).toContain('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
