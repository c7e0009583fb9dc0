import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_LIMITS } from '#shared/abuse/limits.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { FaultPlan, faultyPorts } from '../../support/port-faults.js';
import { postJsonFrom, sendRaw } from '../../support/raw-http.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock, HOUR } from '../../support/test-clock.js';

const clock = createTestClock('2026-11-23T02:10:00.000Z');
const faults = new FaultPlan();
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({
    clock,
    ...faultyPorts(faults),
    abuseLimits: { ...DEFAULT_ABUSE_LIMITS, webIntakePerAddress: { limit: 3, windowSeconds: 3600 } },
  });
});
afterAll(async () => {
  await runtime.stop();
});

const report = (from: string) => postJsonFrom(runtime.url, '/api/v1/blora/reports', namedReportJson(), { from });

describe('web intake limits', () => {
  it('answers 429 with Retry-After in the error shape when one network sends more reports than the limit', async () => {
    // Prepare
    for (let i = 0; i < 3; i++) expect((await report('127.0.0.2')).status).toBe(201);

    // Act
    const refused = await report('127.0.0.2');

    // Assess
    expect(refused.status).toBe(429);
    expect(refused.json).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: { id: expect.stringContaining('coba lagi'), en: expect.stringContaining('try again') },
    });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
  });

  it('still accepts reports from another network and in another regency when one network is limited', async () => {
    // Prepare
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await report('127.0.0.3')).status);
    expect(statuses).toEqual([201, 201, 201, 429]);

    // Act
    const neighbour = await report('127.0.0.4');
    const otherRegency = await postJsonFrom(
      runtime.url,
      '/api/v1/mesuji/reports',
      namedReportJson({ location: { kecamatan: 'Mesuji' } }),
      { from: '127.0.0.3' },
    );

    // Assess
    expect(neighbour.status).toBe(201);
    expect(otherRegency.status).toBe(201);
  });

  it('shows the form route a 429 page with the quick exit and the numbers to call', async () => {
    // Prepare
    for (let i = 0; i < 3; i++) expect((await report('127.0.0.5')).status).toBe(201);
    expect((await report('127.0.0.5')).status).toBe(429);

    // Act
    const page = await sendRaw(runtime.url, {
      method: 'POST',
      path: '/blora/lapor',
      from: '127.0.0.5',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'submissionId=limited-form-1&service=konsultasi&narrative=tolong&anonymous=ya&consent=ya',
    });

    // Assess
    expect(page.status).toBe(429);
    expect(page.headers['retry-after']).toMatch(/^\d+$/);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('id="quick-exit"');
    expect(page.text).toContain('129');
  });

  it('accepts the network again when its window has passed', async () => {
    // Prepare
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await report('127.0.0.6')).status);
    expect(statuses).toEqual([201, 201, 201, 429]);

    // Act
    clock.advance(HOUR);
    const later = await report('127.0.0.6');

    // Assess
    expect(later.status).toBe(201);
  });

  it('keeps only a keyed digest of the network, never the address', async () => {
    // Prepare
    await report('127.0.0.7');

    // Act
    const items = await runtime.scanAll();

    // Assess
    const counters = items.filter((item) => item.type === 'RateWindow');
    expect(counters.length).toBeGreaterThan(0);
    for (const counter of counters) {
      expect(String(counter.PK)).toMatch(/^RATE#[a-z-]+#[a-z-]+#[0-9a-f]{32}$|^RATE#[a-z-]+#wrong-code#/);
      expect(counter.expiresAt).toEqual(expect.any(Number));
    }
    expect(JSON.stringify(items)).not.toMatch(/127\.0\.0\.\d/);
  });

  it('accepts the report when the counter cannot be written', async () => {
    // Prepare
    faults.add({ label: 'Update RATE', timing: 'before', times: 1 });

    // Act
    const accepted = await report('127.0.0.8');

    // Assess
    expect(faults.injected).toContainEqual({ label: 'Update RATE', timing: 'before' });
    expect(accepted.status).toBe(201);
  });
});
