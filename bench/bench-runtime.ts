/** The local runtime as the bench drives it, and one timed request: shared by every bench that sends HTTP. */
import { randomBytes } from 'node:crypto';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime.js';
import { NO_ABUSE_LIMITS } from '../test/support/abuse-limits.js';

export function startBenchRuntime(): Promise<LocalRuntime> {
  return startLocalRuntime({
    masterKey: randomBytes(32),
    logLevel: 'SILENT',
    print: () => undefined,
    alertJobIntervalMs: 0,
    // One bench client sends what thousands of reporters would: the limiter still counts every request
    // (its DynamoDB writes are in the timings) but never refuses one.
    abuseLimits: NO_ABUSE_LIMITS,
  });
}

export async function timed(url: string, init: RequestInit): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}
