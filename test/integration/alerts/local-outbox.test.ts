import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '#shared/http/routes.js';
import { smsAbout } from '../../support/alert-observations.js';
import { switchableOutage } from '../../support/alert-faults.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock, MINUTE } from '../../support/test-clock.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

describe('GET /_local/outbox', () => {
  it('lists the alerts the local runtime sent, newest first, when reports come in', async () => {
    // Prepare
    const first = await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());
    const second = await postJson(`${runtime.url}/api/v1/mesuji/reports`, namedReportJson({ location: { kecamatan: 'Way Serdang' } }));

    // Act
    const response = await fetch(`${runtime.url}/_local/outbox`);
    const body = await response.text();

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { alerts } = JSON.parse(body);
    expect(alerts[0]).toMatchObject({ tenantId: 'mesuji', event: 'received', audience: 'on-call' });
    expect(alerts[0].sms).toContain(second.json.reference);
    expect(alerts[1].sms).toContain(first.json.reference);
    for (const secret of [CANARY.name, CANARY.phone, CANARY.phoneE164, CANARY.nik, CANARY.address, 'kanari-unik-8841']) {
      expect(body).not.toContain(secret);
    }
    expect(runtime.printed).toContainEqual(expect.stringMatching(/^\[alert → mesuji on-call\] Lapor Aman MSJ-/));
  });

  it('answers 405 when the outbox is asked to change', async () => {
    // Act
    const response = await fetch(`${runtime.url}/_local/outbox`, { method: 'POST' });

    // Assess
    expect(response.status).toBe(405);
  });

  it('is not a deployed route when the cloud routes are listed', () => {
    // Act
    const outboxRoutes = ROUTES.filter((route) => route.routeKey.includes('_local'));

    // Assess
    expect(outboxRoutes).toEqual([]);
  });
});

describe('local alert timer', () => {
  it('sends a pending alert by itself when the runtime runs its schedules', async () => {
    // Prepare
    const clock = createTestClock('2026-11-23T02:14:00.000Z');
    const sns = switchableOutage();
    sns.down = true;
    const scheduled = await startTestRuntime({ clock, decorateAlertPublisher: sns.decorate, alertJobIntervalMs: 10 });
    const { json } = await postJson(`${scheduled.url}/api/v1/blora/reports`, namedReportJson());

    // Act
    sns.down = false;
    clock.advance(2 * MINUTE);
    let delivered = await smsAbout(scheduled, json.reference);
    for (let poll = 0; poll < 200 && delivered.length === 0; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      delivered = await smsAbout(scheduled, json.reference);
    }
    await scheduled.stop();

    // Assess
    expect(delivered).toHaveLength(1);
  });
});
