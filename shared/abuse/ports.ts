/** What the abuse limits need from the outside world. Adapters: shared/store/dynamo-rate-limits.ts, client-address.ts. */
import type { AbuseLimits } from './limits.js';

export type CounterScope = 'web-intake' | 'call-center-intake' | 'status-check' | 'wrong-code';

/** One fixed window of one counter. */
export interface CounterWindow {
  readonly tenantId: string;
  readonly scope: CounterScope;
  /** Whose requests: a keyed digest of a client network, an API key's hash, or a reference. Never an address. */
  readonly subject: string;
  /** ISO time the window starts. */
  readonly windowStart: string;
  /** Epoch seconds after which the counter is useless and may be deleted (DynamoDB TTL). */
  readonly expiresAt: number;
}

export interface RateCounters {
  /** One atomic ADD on the window's counter (created at zero); returns the count after adding. */
  add(window: CounterWindow, amount: number): Promise<number>;
}

/** Keyed digest of a client address, so requests from one network can be counted without storing it. */
export interface AddressDigester {
  digest(sourceIp: string): Promise<string>;
}

/** Everything the limits need, as one dependency of intake and status checks. */
export interface AbuseControls {
  readonly counters: RateCounters;
  readonly limits: AbuseLimits;
  readonly addresses: AddressDigester;
}
