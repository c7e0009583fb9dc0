import { describe, expect, it } from 'vitest';
import {
  claimNextAttempt,
  dueEvents,
  nextOutboxAttempt,
  nextSlaEscalation,
  reserveFirstAttempt,
  retryDelayMs,
} from '#shared/alerts/outbox-schedule.js';

import { DEFAULT_RESPONSE_HOURS, startResponseClock } from '#shared/domain/response-clock.js';

const MINUTE = 60_000;
const now = new Date('2026-11-23T02:14:00.000Z');

describe('retryDelayMs', () => {
  it('doubles from one minute and stops growing at thirty minutes when attempts keep failing', () => {
    // Act
    const delays = [1, 2, 3, 4, 5, 6, 7, 50].map((attempts) => retryDelayMs(attempts) / MINUTE);

    // Assess
    expect(delays).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
  });
});

describe('outbox entries', () => {
  it('leaves a new alert to its sender for a minute when it is enqueued', () => {
    // Act
    const entry = reserveFirstAttempt(now);

    // Assess
    expect(entry).toEqual({ state: 'pending', attempts: 1, nextAttemptAt: '2026-11-23T02:15:00.000Z' });
  });

  it('pushes the next attempt back by the backoff when a sender claims an attempt', () => {
    // Prepare
    const entry = { state: 'pending', attempts: 3, nextAttemptAt: '2026-11-23T02:10:00.000Z' } as const;

    // Act
    const claimed = claimNextAttempt(entry, now);

    // Assess
    expect(claimed).toEqual({ state: 'pending', attempts: 4, nextAttemptAt: '2026-11-23T02:22:00.000Z' });
  });

  it('lists only pending events whose time has come, and places the case at its earliest pending attempt', () => {
    // Prepare
    const alerts = {
      received: { state: 'sent', attempts: 1, nextAttemptAt: '2026-11-23T01:00:00.000Z' },
      overdue: { state: 'pending', attempts: 2, nextAttemptAt: '2026-11-23T02:14:00.000Z' },
      overdueSupervisor: { state: 'pending', attempts: 1, nextAttemptAt: '2026-11-23T02:15:00.000Z' },
    } as const;

    // Act
    const due = dueEvents(alerts, now);
    const next = nextOutboxAttempt(alerts);

    // Assess
    expect(due).toEqual(['overdue']);
    expect(next).toBe('2026-11-23T02:14:00.000Z');
    expect(nextOutboxAttempt({ received: alerts.received })).toBeUndefined();
  });
});

describe('nextSlaEscalation', () => {
  it('watches a case at its due time, then at the supervisors\' time, then no more as its escalations are enqueued', () => {
    // Prepare: a DARURAT case reported at 09:14 WIB.
    const clock = startResponseClock(DEFAULT_RESPONSE_HOURS, 'DARURAT', now.toISOString());
    const enqueued = reserveFirstAttempt(now);

    // Act
    const steps = [
      nextSlaEscalation(clock, { received: enqueued }),
      nextSlaEscalation(clock, { received: enqueued, overdue: enqueued }),
      nextSlaEscalation(clock, { received: enqueued, overdue: enqueued, overdueSupervisor: enqueued }),
    ];

    // Assess
    expect(steps).toEqual(['2026-11-23T03:14:00.000Z', '2026-11-23T04:14:00.000Z', 'stop']);
  });
});
