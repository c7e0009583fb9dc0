/** Fixed windows: the window a moment falls in, and how long until it ends (the Retry-After of a refusal). */
import type { RateLimit } from './limits.js';
import type { CounterScope, CounterWindow } from './ports.js';

export interface PlacedWindow {
  readonly window: CounterWindow;
  /** Whole seconds until the window ends, at least 1. */
  readonly secondsLeft: number;
}

export function placeInWindow(
  rule: RateLimit,
  now: Date,
  counter: { readonly tenantId: string; readonly scope: CounterScope; readonly subject: string },
): PlacedWindow {
  const windowMs = rule.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const end = start + windowMs;
  return {
    window: {
      ...counter,
      windowStart: new Date(start).toISOString(),
      // One window of grace: a counter is read only while its own window lasts.
      expiresAt: Math.ceil((end + windowMs) / 1000),
    },
    secondsLeft: Math.max(1, Math.ceil((end - now.getTime()) / 1000)),
  };
}
