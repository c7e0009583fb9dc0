import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createAlertSweeperHandler } from '#functions/alert-sweeper/handler.js';
import { EscalationRunIncompleteError, escalateOverdueCases } from '#shared/alerts/escalate-overdue-cases.js';
import type { AlertJobDependencies, AlertOutbox } from '#shared/alerts/ports.js';
import { AlertSweepIncompleteError, sweepAlertOutbox } from '#shared/alerts/sweep-alert-outbox.js';
import type { AppLogger } from '#shared/intake/ports.js';
import { NO_ABUSE_LIMITS } from '../../support/abuse-limits.js';
import { smsAbout, storedCase } from '../../support/alert-observations.js';
import { type SwitchableOutage, switchableOutage } from '../../support/alert-faults.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock, HOUR, MINUTE, type TestClock } from '../../support/test-clock.js';

const scheduledEvent = JSON.parse(
  readFileSync(new URL('../../fixtures/schedule/scheduled-event.json', import.meta.url), 'utf8'),
);
const context = { functionName: 'test', getRemainingTimeInMillis: () => 60_000 } as Context;

let runtime: TestRuntime;
let clock: TestClock;
let sns: SwitchableOutage;

beforeEach(async () => {
  clock = createTestClock('2026-11-23T02:14:00.000Z');
  sns = switchableOutage();
  runtime = await startTestRuntime({ clock, abuseLimits: NO_ABUSE_LIMITS, decorateAlertPublisher: sns.decorate });
});
afterEach(async () => {
  await runtime.stop();
});

interface LogLine {
  readonly level: keyof AppLogger;
  readonly message: string;
  readonly attributes?: Record<string, unknown>;
}

function capturingLogger(lines: LogLine[]): AppLogger {
  const at = (level: keyof AppLogger) => (message: string, attributes?: Record<string, unknown>) => {
    lines.push({ level, message, attributes });
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The outbox, except that every read or write of one case fails, as a corrupt or oversized item would. */
function failingFor(outbox: AlertOutbox, caseId: string): AlertOutbox {
  const aboutTheCase = (args: unknown[]) =>
    args.some((arg) => arg === caseId || (typeof arg === 'object' && arg !== null && 'caseId' in arg && arg.caseId === caseId));
  return new Proxy(outbox, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (aboutTheCase(args)) {
          // A message with personal data in it: it must reach neither the log nor the run's error.
          throw Object.assign(new Error(`item invalid near "${CANARY.name}"`), { name: 'ValidationException' });
        }
        return value.apply(target, args);
      };
    },
  });
}

/** Reports filed a second apart, so the first one heads the due index. */
async function reports(count: number): Promise<string[]> {
  const references: string[] = [];
  for (let i = 0; i < count; i++) {
    const { json } = await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson());
    references.push(json.reference);
    clock.advance(1000);
  }
  return references;
}

async function depsFailingFor(reference: string, lines: LogLine[] = []): Promise<AlertJobDependencies> {
  const { caseId } = await storedCase(runtime, reference);
  return { ...runtime.alertJobDeps, outbox: failingFor(runtime.alertJobDeps.outbox, caseId), logger: capturingLogger(lines) };
}

describe('sweepAlertOutbox', () => {
  it('sends every other due alert in the same run when the case at the head of the index always fails', async () => {
    // Prepare
    sns.down = true;
    const [broken, ...healthy] = await reports(3);
    sns.down = false;
    clock.advance(2 * MINUTE);
    const lines: LogLine[] = [];
    const deps = await depsFailingFor(String(broken), lines);

    // Act
    const run = sweepAlertOutbox(deps);

    // Assess
    await expect(run).rejects.toBeInstanceOf(AlertSweepIncompleteError);
    await expect(run).rejects.toMatchObject({ failedAlerts: 1, report: { sent: 2, failed: 0, cancelled: 0 } });
    for (const reference of healthy) expect(await smsAbout(runtime, reference)).toHaveLength(1);
    expect(await smsAbout(runtime, String(broken))).toEqual([]);
    expect((await storedCase(runtime, String(broken))).alerts.received).toMatchObject({ state: 'pending' });
  });

  it('logs only the ids and the error name when a case fails', async () => {
    // Prepare
    sns.down = true;
    const [broken] = await reports(2);
    sns.down = false;
    clock.advance(2 * MINUTE);
    const lines: LogLine[] = [];
    const deps = await depsFailingFor(String(broken), lines);
    const { caseId } = await storedCase(runtime, String(broken));

    // Act
    const error = await sweepAlertOutbox(deps).catch((caught: unknown) => caught);

    // Assess
    expect(lines.filter((line) => line.level === 'error')).toEqual([
      {
        level: 'error',
        message: 'due alert not handled',
        attributes: { tenant: 'blora', caseId, event: 'received', errorName: 'ValidationException' },
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain(CANARY.name);
    expect(String((error as Error).message)).not.toContain(CANARY.name);
  });
});

describe('alert sweeper function', () => {
  it('still publishes the pending count and then fails when a case could not be handled', async () => {
    // Prepare
    sns.down = true;
    const [broken] = await reports(2);
    sns.down = false;
    clock.advance(2 * MINUTE);
    const metrics = new Metrics({ namespace: 'LaporAman', serviceName: 'lapor-aman' });
    const published = vi.spyOn(metrics, 'addMetric');
    vi.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
    const handler = createAlertSweeperHandler(await depsFailingFor(String(broken)), metrics);

    // Act
    const run = handler(structuredClone(scheduledEvent), context);

    // Assess
    await expect(run).rejects.toBeInstanceOf(AlertSweepIncompleteError);
    expect(published.mock.calls.map(([name, , value]) => [name, value])).toEqual([['PendingAlerts', 1]]);
  });
});

describe('escalateOverdueCases', () => {
  it('escalates every other overdue case in the same run when one case always fails', async () => {
    // Prepare
    const [broken, ...healthy] = await reports(3);
    clock.advance(6 * HOUR); // the TINGGI cases' due time
    const deps = await depsFailingFor(String(broken));

    // Act
    const run = escalateOverdueCases(deps);

    // Assess
    await expect(run).rejects.toBeInstanceOf(EscalationRunIncompleteError);
    await expect(run).rejects.toMatchObject({ failedCases: 1, report: { escalated: 2, released: 0 } });
    for (const reference of healthy) {
      expect((await smsAbout(runtime, reference)).map((sms) => sms.event)).toEqual(['received', 'overdue']);
    }
    expect((await smsAbout(runtime, String(broken))).map((sms) => sms.event)).toEqual(['received']);
  });
});
