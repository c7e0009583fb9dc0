/**
 * How much to fuzz. CI (`npm test`) runs a hundred cases per route; `npm run fuzz` sets FUZZ_RUNS=10000.
 * A failure prints fast-check's seed and path; FUZZ_SEED and FUZZ_PATH replay exactly that case.
 */
import type * as fc from 'fast-check';

const CI_RUNS_PER_ROUTE = 100;

function positiveInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

export const RUNS_PER_ROUTE = positiveInteger('FUZZ_RUNS') ?? CI_RUNS_PER_ROUTE;

/** Per request: a handler that takes longer has hung. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Long enough for the slowest route at FUZZ_RUNS (about 15 ms a case, with margin). */
export const ROUTE_TEST_TIMEOUT_MS = 120_000 + RUNS_PER_ROUTE * 60;

export function fuzzParameters(): fc.Parameters<unknown> {
  const seed = positiveInteger('FUZZ_SEED');
  const path = process.env.FUZZ_PATH;
  return {
    numRuns: RUNS_PER_ROUTE,
    ...(seed === undefined ? {} : { seed }),
    ...(path ? { path } : {}),
    // A counterexample is summarised by its toString method; bodies of megabytes are never printed.
    verbose: 0,
    // Report the first failure with its seed and path instead of shrinking it: shrinking re-sends requests
    // that may each wait for the 10 s timeout, which turned one failure into an hour-long run.
    endOnFailure: true,
  };
}
