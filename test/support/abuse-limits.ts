/** For tests that send far more than one client would from one address (fuzzing, fault matrices): no limits. */
import type { AbuseLimits, RateLimit } from '#shared/abuse/limits.js';

const UNLIMITED: RateLimit = { limit: Number.MAX_SAFE_INTEGER, windowSeconds: 60 };

export const NO_ABUSE_LIMITS: AbuseLimits = {
  webIntakePerAddress: UNLIMITED,
  callCenterIntakePerKey: UNLIMITED,
  statusChecksPerAddress: UNLIMITED,
  wrongCodesPerReference: UNLIMITED,
};
