/**
 * How clients, Meta and the schedules behave around failures, and what must hold afterwards: a client
 * retries a 503 after its Retry-After (same idempotency key), Meta redelivers a non-200, the sweeper runs.
 */
import { expect } from 'vitest';
import type { LocalOutboxEntry } from '#local/outbox-alert-publisher.js';
import { sweepAlertOutbox } from '#shared/alerts/sweep-alert-outbox.js';
import { smsAbout } from '../support/alert-observations.js';
import type { TestRuntime } from '../support/local-runtime.js';
import { type RawRequest, type RawResponse, sendRaw } from '../support/raw-http.js';
import { MINUTE } from '../support/test-clock.js';

export interface Answer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly text: string;
}

const toAnswer = (response: RawResponse): Answer => ({
  status: response.status,
  retryAfter: response.headers['retry-after'] as string | undefined,
  text: response.text,
});

export interface RetryPolicy {
  readonly maxAttempts?: number;
  /** What passes before a retry (Meta waits minutes between redeliveries: move the clock). */
  readonly beforeRetry?: () => void;
}

/** Sends the same request again while it is answered 503, as a well-behaved client (or Meta) would. */
export async function sendUntilAnswered(runtime: TestRuntime, request: RawRequest, policy: RetryPolicy = {}): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let attempt = 0; attempt < (policy.maxAttempts ?? 8); attempt++) {
    if (attempt > 0) policy.beforeRetry?.();
    const answer = toAnswer(await sendRaw(runtime.url, request));
    answers.push(answer);
    if (answer.status !== 503) break;
  }
  return answers;
}

/** Every answer but the last was a retryable 503 with Retry-After: nothing was refused or dropped silently. */
export function expectOnlyRetryableFailuresBefore(answers: readonly Answer[]): void {
  for (const answer of answers.slice(0, -1)) {
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toMatch(/^\d+$/);
  }
}

/**
 * Runs the sweeper as its schedule would over the hours after `from`, until every backoff has come due. Its
 * own clock: the runtime's stays where it is (WhatsApp's 24-hour reply window keeps to the messages' times).
 */
export async function settleAlerts(runtime: TestRuntime, from: Date): Promise<void> {
  for (let run = 1; run <= 6; run++) {
    const at = new Date(from.getTime() + run * 31 * MINUTE);
    // A run that fails is just a failed invocation: the schedule runs the sweeper again.
    await sweepAlertOutbox({ ...runtime.alertJobDeps, clock: { now: () => at } }).catch(() => undefined);
  }
}

/** The `received` SMS of one case, as the on-call phones got them. */
export async function receivedSms(runtime: TestRuntime, reference: string): Promise<LocalOutboxEntry[]> {
  return (await smsAbout(runtime, reference)).filter((sms) => sms.event === 'received');
}
