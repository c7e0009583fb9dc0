import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericCall } from '../fixtures/call-center/call-fixtures.js';
import { NO_ABUSE_LIMITS } from '../support/abuse-limits.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { type FaultRule, FaultPlan, faultyPorts } from '../support/port-faults.js';
import type { RawRequest } from '../support/raw-http.js';
import { namedReportJson } from '../support/report-fixtures.js';
import { createTestClock } from '../support/test-clock.js';
import { type Answer, receivedSms, sendUntilAnswered, settleAlerts } from './fault-helpers.js';

const clock = createTestClock('2026-11-23T02:00:00.000Z');
const faults = new FaultPlan();
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ clock, abuseLimits: NO_ABUSE_LIMITS, ...faultyPorts(faults) });
});
afterAll(async () => {
  await runtime.stop();
});

/**
 * Every step of intake on any channel. Left out: the delivery record (`Put ALERT`) and SNS failing after it
 * accepted, whose documented second SMS has its own tests in web-intake-faults.test.ts.
 */
const CHAOS_STEPS = [
  'Get APIKEY',
  'Update RATE',
  'Get INTAKE',
  'Update COUNTER',
  'Put INTAKE',
  'KMS generate details',
  'KMS generate identity',
  'Put CASE',
  'Get ALERT',
  'Get CASE',
  'Update CASE',
  'Query pendingAlerts',
];

const faultRule: fc.Arbitrary<FaultRule> = fc.oneof(
  fc.record({
    label: fc.constantFrom(...CHAOS_STEPS),
    timing: fc.constantFrom('before' as const, 'after' as const),
    times: fc.integer({ min: 1, max: 3 }),
    skip: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ label: fc.constant('SNS publish'), timing: fc.constant('before' as const), times: fc.integer({ min: 1, max: 3 }), skip: fc.integer({ min: 0, max: 3 }) }),
);

type Channel = 'web-json' | 'web-form' | 'call-center';

let nextId = 0;
function clientRequest(channel: Channel): RawRequest {
  const id = `chaos-${nextId++}`;
  if (channel === 'web-json') {
    return {
      method: 'POST',
      path: '/api/v1/blora/reports',
      headers: { 'content-type': 'application/json', 'idempotency-key': id },
      body: JSON.stringify(namedReportJson()),
    };
  }
  if (channel === 'web-form') {
    return {
      method: 'POST',
      path: '/blora/lapor',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ submissionId: id, service: 'konsultasi', narrative: 'Saya butuh konsultasi.', anonymous: 'ya', consent: 'ya' }).toString(),
    };
  }
  const call = genericCall();
  call.call.callId = id;
  return {
    method: 'POST',
    path: '/api/v1/call-center/transcripts',
    headers: { 'content-type': 'application/json', 'x-api-key': runtime.callCenterKeys.purwakarta ?? '' },
    body: JSON.stringify(call),
  };
}

/** The reference and tracking code in an acknowledgement (a JSON receipt or the confirmation page). */
function receiptOf(answer: Answer | undefined): string | undefined {
  if (!answer || answer.status >= 300) return undefined;
  const reference = /[A-Z]{3}-\d{4}-\d{5,}/.exec(answer.text)?.[0];
  const code = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(answer.text)?.[0];
  return reference && code ? `${reference} ${code}` : undefined;
}

describe('intake under random faults on every port', () => {
  it('acknowledges every report once, stores it once and alerts it once after the faults stop', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(faultRule, { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom<Channel>('web-json', 'web-form', 'call-center'), { minLength: 1, maxLength: 5 }),
        async (rules, channels) => {
          // Prepare
          faults.heal();
          faults.add(...rules);
          const requests = channels.map(clientRequest);

          // Act
          const during = await Promise.all(requests.map((request) => sendUntilAnswered(runtime, request, { maxAttempts: 4 })));
          faults.heal();
          const after = await Promise.all(requests.map((request) => sendUntilAnswered(runtime, request)));
          await settleAlerts(runtime, clock.now());

          // Assess
          const receipts = after.map((answers) => receiptOf(answers.at(-1)));
          for (const [i, answers] of during.entries()) {
            for (const answer of answers) {
              // Never a silent drop: either acknowledged (the same receipt as later) or a retryable 503.
              if (answer.status === 503) expect(answer.retryAfter).toMatch(/^\d+$/);
              else expect(receiptOf(answer)).toBe(receipts[i]);
            }
          }
          expect(receipts.every(Boolean)).toBe(true);
          expect(new Set(receipts).size).toBe(receipts.length);
          const items = await runtime.scanAll();
          for (const receipt of receipts) {
            const reference = String(receipt).split(' ')[0] ?? '';
            expect(items.filter((item) => item.type === 'Case' && item.reference === reference)).toHaveLength(1);
            expect(await receivedSms(runtime, reference)).toHaveLength(1);
          }
        },
      ),
      { numRuns: 20, verbose: 0 },
    );
    // Random schedules may miss a flow; over all runs they must have hit it often.
    expect(faults.injected.length).toBeGreaterThan(20);
  }, 240_000);
});
