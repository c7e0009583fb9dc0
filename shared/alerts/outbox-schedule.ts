/**
 * When an alert is (re)tried. Whoever enqueues an alert reserves its first attempt, so the sweeper leaves
 * it alone for a minute; each later attempt doubles the wait up to 30 minutes. An alert is never given up.
 * And when the SLA job looks at a case again: at its next escalation not yet enqueued.
 */
import type { ResponseClock } from '../domain/response-clock.js';
import type { AlertEvent, AlertOutboxEntry } from '../intake/ports.js';

export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 30 * 60_000;
/** From this many attempts on (some two and a half hours of failures), each failure is logged as an error to alarm on. */
export const ALARM_AFTER_ATTEMPTS = 10;
/** Cases one run of a job handles; the rest wait for the next run (a minute later in the cloud). */
export const JOB_BATCH_LIMIT = 200;

const EVENT_ORDER: readonly AlertEvent[] = ['received', 'chainSecond', 'chainSupervisors', 'overdue', 'overdueSupervisor', 'assigned'];

type Alerts = Readonly<Partial<Record<AlertEvent, AlertOutboxEntry>>>;

/** Wait after the `attempts`-th attempt: 1, 2, 4, 8, 16, 30, 30, … minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

/** A new pending alert whose first attempt the caller makes right away. */
export function reserveFirstAttempt(now: Date): AlertOutboxEntry {
  return { state: 'pending', attempts: 1, nextAttemptAt: later(now, retryDelayMs(1)) };
}

/** The entry after a sender claims one more attempt: pushed back by the backoff before it publishes. */
export function claimNextAttempt(entry: AlertOutboxEntry, now: Date): AlertOutboxEntry {
  const attempts = entry.attempts + 1;
  return { ...entry, attempts, nextAttemptAt: later(now, retryDelayMs(attempts)) };
}

/** Pending events whose next attempt has come, in a stable order. */
export function dueEvents(alerts: Alerts, now: Date): AlertEvent[] {
  const at = now.toISOString();
  return EVENT_ORDER.filter((event) => {
    const entry = alerts[event];
    return entry?.state === 'pending' && entry.nextAttemptAt <= at;
  });
}

/** Pending events whose first attempt is still reserved (handed off, never claimed), in a stable order. */
export function handedOffEvents(alerts: Alerts): AlertEvent[] {
  return EVENT_ORDER.filter((event) => {
    const entry = alerts[event];
    return entry?.state === 'pending' && isFirstAttemptReserved(entry);
  });
}

/** Nobody claimed an attempt after the one its sender reserved (`reserveFirstAttempt`). */
export function isFirstAttemptReserved(entry: AlertOutboxEntry): boolean {
  return entry.attempts === 1;
}

/** The earliest next attempt of any pending event: where the case sits in the outbox index, if at all. */
export function nextOutboxAttempt(alerts: Alerts): string | undefined {
  return Object.values(alerts)
    .filter((entry): entry is AlertOutboxEntry => entry?.state === 'pending')
    .map((entry) => entry.nextAttemptAt)
    .sort()[0];
}

/**
 * Where a case awaiting assessment sits in the SLA schedule (the `awaitingAssessment` index): its due time
 * until the on-call reminder is enqueued, then the supervisors' time; `'stop'` once both are.
 */
export function nextSlaEscalation(clock: ResponseClock, alerts: Alerts): string | 'stop' {
  if (!alerts.overdue) return clock.dueAt;
  if (!alerts.overdueSupervisor) return clock.supervisorsAt;
  return 'stop';
}
