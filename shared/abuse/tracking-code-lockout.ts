/**
 * Tracking codes cannot be guessed: each check of a reference first reserves one wrong code in that
 * reference's window (one atomic ADD) and a right code gives it back. Concurrent guesses therefore cannot
 * overtake the limit; the count is per reference whoever sends; and an unknown reference locks exactly like
 * a real one, so a lockout never tells that a report exists.
 */
import { TooManyRequestsError } from '../errors.js';
import { placeInWindow } from './counter-window.js';
import type { AbuseDependencies } from './limit-requests.js';

export interface CodeAttempt {
  /** The code was right: it does not count as a wrong one. */
  settleAsRight(): Promise<void>;
}

export async function reserveCodeAttempt(
  deps: AbuseDependencies,
  tenantId: string,
  reference: string,
): Promise<CodeAttempt> {
  const rule = deps.abuse.limits.wrongCodesPerReference;
  const { window, secondsLeft } = placeInWindow(rule, deps.clock.now(), { tenantId, scope: 'wrong-code', subject: reference });
  const count = await deps.abuse.counters.add(window, 1);
  if (count > rule.limit) {
    if (count === rule.limit + 1) deps.logger.warn('tracking code lockout', { tenant: tenantId });
    throw new TooManyRequestsError(secondsLeft);
  }
  return {
    settleAsRight: async () => {
      try {
        await deps.abuse.counters.add(window, -1);
      } catch (error) {
        // The reporter's answer is right either way; at worst this check counts as a wrong one.
        deps.logger.warn('tracking code attempt not given back', {
          tenant: tenantId,
          errorName: error instanceof Error ? error.name : 'unknown',
        });
      }
    },
  };
}
