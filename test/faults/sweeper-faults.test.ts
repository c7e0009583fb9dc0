import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NO_ABUSE_LIMITS } from '../support/abuse-limits.js';
import { storedCase } from '../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { FaultPlan, faultyPorts } from '../support/port-faults.js';
import { postJsonFrom } from '../support/raw-http.js';
import { namedReportJson } from '../support/report-fixtures.js';
import { createTestClock, MINUTE } from '../support/test-clock.js';
import { receivedSms, settleAlerts } from './fault-helpers.js';

const clock = createTestClock('2026-11-23T02:00:00.000Z');
const faults = new FaultPlan();
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ clock, abuseLimits: NO_ABUSE_LIMITS, ...faultyPorts(faults) });
});
afterAll(async () => {
  await runtime.stop();
});
afterEach(() => {
  faults.heal();
});

/** Every call one sweeper run makes for one pending alert, in order (checked by the first test). */
const SWEEP_STEPS = [
  'Query pendingAlerts', // what is due
  'Update CASE', // claim the attempt, pushing the next one back
  'Get ROTA', // who is on call now: none set, so the regency topic
  'Get ALERT', // delivery record lookup
  'SNS publish',
  'Put ALERT', // delivery record
  'Get CASE', // mark sent: read
  'Update CASE', // mark sent: write
];

/** A report whose alert SNS refused at intake: it waits in the outbox for the sweeper. */
async function reportWithPendingAlert(): Promise<string> {
  faults.add({ label: 'SNS publish', timing: 'before', times: 1 });
  const { status, json } = await postJsonFrom(runtime.url, '/api/v1/blora/reports', namedReportJson());
  expect(status).toBe(201);
  faults.heal();
  return json.reference;
}

const MATRIX = SWEEP_STEPS.flatMap((label, index) => {
  const skip = SWEEP_STEPS.slice(0, index).filter((earlier) => earlier === label).length;
  const step = skip > 0 ? `${label} #${skip + 1}` : label;
  return (['before', 'after'] as const)
    // SNS accepting and then failing is the documented second-SMS window (web-intake-faults.test.ts).
    .filter((timing) => !(label === 'SNS publish' && timing === 'after'))
    .map((timing) => ({ label, skip, timing, step }));
});

describe('alert sweeper under faults', () => {
  it('goes through exactly the steps the fault matrix covers', async () => {
    // Prepare
    await reportWithPendingAlert();
    faults.calls.length = 0;

    // Act
    clock.advance(2 * MINUTE);
    await runtime.sweepAlerts();

    // Assess
    expect(faults.calls).toEqual(SWEEP_STEPS);
  });

  it.each(MATRIX)('delivers a pending alert exactly once when $step fails $timing taking effect', async ({ label, skip, timing }) => {
    // Prepare
    const reference = await reportWithPendingAlert();
    // Counted after the report: the SNS publish it had refused is not this test's fault.
    const before = faults.injected.length;
    faults.add({ label, skip, timing, times: 1 });

    // Act
    await settleAlerts(runtime, clock.now());

    // Assess
    expect(faults.injected.slice(before)).toEqual([{ label, timing }]);
    expect(faults.pending).toBe(0);
    expect(await receivedSms(runtime, reference)).toHaveLength(1);
    expect((await storedCase(runtime, reference)).alerts.received).toMatchObject({ state: 'sent' });
  });
});
