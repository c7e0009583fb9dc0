import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_LIMITS } from '#shared/abuse/limits.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { FaultPlan, faultyPorts } from '../../support/port-faults.js';
import { postJsonFrom, sendRaw } from '../../support/raw-http.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock, MINUTE } from '../../support/test-clock.js';

const clock = createTestClock('2026-11-23T02:01:00.000Z');
const faults = new FaultPlan();
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({
    clock,
    ...faultyPorts(faults),
    abuseLimits: { ...DEFAULT_ABUSE_LIMITS, statusChecksPerAddress: { limit: 8, windowSeconds: 900 } },
  });
});
afterAll(async () => {
  await runtime.stop();
});

let nextClient = 10;
/** A client network nobody else in this file uses. */
const newClient = () => `127.0.1.${nextClient++}`;

async function fileReport(): Promise<{ reference: string; trackingCode: string }> {
  const { json } = await postJsonFrom(runtime.url, '/api/v1/blora/reports', namedReportJson(), { from: newClient() });
  return { reference: json.reference, trackingCode: json.trackingCode };
}

const check = (reference: string, trackingCode: string, from = newClient()) =>
  postJsonFrom(runtime.url, '/api/v1/blora/reports/status', { reference, trackingCode }, { from });

describe('tracking-code lockout', () => {
  it('refuses even the right code with 429 after five wrong codes from five networks, until the window ends', async () => {
    // Prepare
    const { reference, trackingCode } = await fileReport();
    const wrong = [];
    for (let i = 0; i < 5; i++) wrong.push(await check(reference, `WRNG-CODE-000${i}`));

    // Act
    const locked = await check(reference, trackingCode);
    clock.advance(15 * MINUTE);
    const later = await check(reference, trackingCode);

    // Assess
    expect(wrong.map((w) => w.status)).toEqual([404, 404, 404, 404, 404]);
    expect(locked.status).toBe(429);
    expect(locked.json.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
    expect(later.status).toBe(200);
  });

  it('answers an unknown reference exactly like a known one, lockout included', async () => {
    // Prepare
    const { reference } = await fileReport();
    const unknown = 'BLR-2026-98765';

    // Act
    const known = [];
    const missing = [];
    for (let i = 0; i < 7; i++) {
      known.push(await check(reference, 'AAAA-BBBB-CCCC'));
      missing.push(await check(unknown, 'AAAA-BBBB-CCCC'));
    }

    // Assess
    expect(missing.map((a) => a.status)).toEqual(known.map((a) => a.status));
    expect(missing.map((a) => a.json)).toEqual(known.map((a) => a.json));
    expect(known.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });

  it('does not count right codes as wrong ones', async () => {
    // Prepare
    const { reference, trackingCode } = await fileReport();
    for (let i = 0; i < 8; i++) expect((await check(reference, trackingCode)).status).toBe(200);

    // Act
    const wrong = [];
    for (let i = 0; i < 5; i++) wrong.push((await check(reference, 'AAAA-BBBB-CCCC')).status);
    const right = await check(reference, trackingCode);

    // Assess
    expect(wrong).toEqual([404, 404, 404, 404, 404]);
    expect(right.status).toBe(429);
  });

  it('never turns a reporter away from reporting when the status checks of their network are locked', async () => {
    // Prepare
    const client = newClient();
    const { reference } = await fileReport();
    for (let i = 0; i < 8; i++) await check(reference, 'AAAA-BBBB-CCCC', client);

    // Act
    const locked = await check(reference, 'AAAA-BBBB-CCCC', client);
    const report = await postJsonFrom(runtime.url, '/api/v1/blora/reports', namedReportJson(), { from: client });

    // Assess
    expect(locked.status).toBe(429);
    expect(report.status).toBe(201);
  });

  it('limits the status checks of one network across references', async () => {
    // Prepare
    const client = newClient();
    const answers = [];

    // Act
    for (let i = 0; i < 9; i++) answers.push((await check(`BLR-2026-7000${i}`, 'AAAA-BBBB-CCCC', client)).status);

    // Assess
    expect(answers).toEqual([404, 404, 404, 404, 404, 404, 404, 404, 429]);
  });

  it('shows the status page a 429 page with the quick exit when the reference is locked', async () => {
    // Prepare
    const { reference } = await fileReport();
    for (let i = 0; i < 5; i++) await check(reference, 'AAAA-BBBB-CCCC');

    // Act
    const page = await sendRaw(runtime.url, {
      method: 'POST',
      path: '/blora/status',
      from: newClient(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `reference=${reference}&trackingCode=AAAA-BBBB-CCCC`,
    });

    // Assess
    expect(page.status).toBe(429);
    expect(page.headers['retry-after']).toMatch(/^\d+$/);
    expect(page.text).toContain('id="quick-exit"');
  });

  it('answers 503 with Retry-After, never a result, when the lockout counter cannot be written', async () => {
    // Prepare
    const { reference, trackingCode } = await fileReport();
    faults.add({ label: 'Update RATE', timing: 'before', times: 2 });

    // Act
    const first = await check(reference, trackingCode);
    const second = await check(reference, trackingCode);
    const healed = await check(reference, trackingCode);

    // Assess
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(first.headers['retry-after']).toMatch(/^\d+$/);
    expect(healed.status).toBe(200);
  });
});
