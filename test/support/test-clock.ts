/** A clock tests move by hand, so retries and SLA deadlines come without waiting. */
import type { Clock } from '#shared/intake/ports.js';

export interface TestClock extends Clock {
  advance(ms: number): void;
  set(instant: Date | string): void;
}

export function createTestClock(start: Date | string = new Date()): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (instant) => {
      current = new Date(instant).getTime();
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
