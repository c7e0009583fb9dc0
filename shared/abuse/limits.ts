/**
 * The abuse limits of the deployment (README "Abuse limits", SECURITY.md). Each is counted in fixed windows
 * whose start is part of the counter's key, so no counter ever needs resetting or expiring to be correct.
 */
export interface RateLimit {
  /** Requests a window allows; the next one is refused until the window ends. */
  readonly limit: number;
  readonly windowSeconds: number;
}

export interface AbuseLimits {
  /**
   * New reports by web form or JSON from one client network, per regency. Generous on purpose: Indonesian
   * mobile carriers put many subscribers behind one address (CGNAT), and a reporter must never be turned away.
   */
  readonly webIntakePerAddress: RateLimit;
  /** Transcripts posted with one call-center API key (a leaked key cannot flood the on-call phones). */
  readonly callCenterIntakePerKey: RateLimit;
  /** Status checks from one client network, per regency (spraying many references from one place). */
  readonly statusChecksPerAddress: RateLimit;
  /** Wrong tracking codes for one reference from anywhere; then it answers 429 until the window ends. */
  readonly wrongCodesPerReference: RateLimit;
}

export const DEFAULT_ABUSE_LIMITS: AbuseLimits = {
  webIntakePerAddress: { limit: 60, windowSeconds: 3600 },
  callCenterIntakePerKey: { limit: 300, windowSeconds: 3600 },
  statusChecksPerAddress: { limit: 30, windowSeconds: 900 },
  wrongCodesPerReference: { limit: 5, windowSeconds: 900 },
};
