/** One live runtime per fuzz file, what the generators may know of it, and one test per route. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STAFF_ROLES } from '#shared/auth/staff-principal.js';
import { type FunctionName, type RouteDefinition, ROUTES } from '#shared/http/routes.js';
import { NO_ABUSE_LIMITS } from '../support/abuse-limits.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { postJsonFrom } from '../support/raw-http.js';
import { namedReportJson } from '../support/report-fixtures.js';
import { staffClient } from '../support/staff/staff-client.js';
import { fuzzRoute } from './fuzz-runner.js';
import { ROUTE_TEST_TIMEOUT_MS, RUNS_PER_ROUTE } from './fuzz-settings.js';
import { type FuzzContext, fuzzerFor } from './route-fuzzers.js';

/**
 * Which functions' routes each fuzz file fuzzes (the staff file takes every staff-facing function). A new
 * function goes into exactly one group, or the coverage test fails.
 */
export const FUZZED_ROUTE_GROUPS = {
  'web-report': ['web-report'],
  'call-center': ['call-center'],
  'whatsapp-webhook': ['whatsapp-webhook'],
  staff: ['staff-console', 'staff-api', 'reveal-identity', 'case-media', 'staff-admin'],
} as const satisfies Readonly<Record<string, readonly FunctionName[]>>;

export type FuzzedRouteGroup = keyof typeof FUZZED_ROUTE_GROUPS;

/** The routes of ROUTES a fuzz file fuzzes. */
export function fuzzedRoutes(group: FuzzedRouteGroup): RouteDefinition[] {
  const functionNames: readonly FunctionName[] = FUZZED_ROUTE_GROUPS[group];
  return ROUTES.filter((route) => functionNames.includes(route.functionName));
}

export interface FuzzSuite {
  readonly runtime: () => TestRuntime;
  readonly context: () => FuzzContext;
}

/** Registers the runtime's start and stop for the calling test file. */
export function useFuzzRuntime(): FuzzSuite {
  let runtime: TestRuntime | undefined;
  let context: FuzzContext | undefined;
  beforeAll(async () => {
    // Thousands of requests from one address: the limits would answer most of them (they have their own tests).
    runtime = await startTestRuntime({ abuseLimits: NO_ABUSE_LIMITS });
    context = await buildContext(runtime);
  });
  afterAll(async () => {
    await runtime?.stop();
  });
  return {
    runtime: () => required(runtime),
    context: () => required(context),
  };
}

async function buildContext(runtime: TestRuntime): Promise<FuzzContext> {
  const report = async (tenant: string, kecamatan: string) =>
    (await postJsonFrom(runtime.url, `/api/v1/${tenant}/reports`, namedReportJson({ location: { kecamatan } }))).json;
  const known = await report('blora', 'Cepu');
  await report('purwakarta', 'Plered');
  const caseIds = (await runtime.scanAll()).filter((item) => item.type === 'Case').map((item) => String(item.caseId));
  return {
    tenants: runtime.tenantIds,
    phoneNumberIds: Object.values(runtime.whatsapp.phoneNumberIds),
    appSecret: runtime.whatsapp.appSecret,
    verifyToken: runtime.whatsapp.verifyToken,
    callCenterKeys: Object.values(runtime.callCenterKeys),
    knownReport: { reference: String(known.reference), trackingCode: String(known.trackingCode) },
    staffTokens: staffTokens(runtime),
    caseIds,
  };
}

/** A token of every seeded staff member the runtime can sign in. */
function staffTokens(runtime: TestRuntime): string[] {
  return runtime.tenantIds.flatMap((tenant) =>
    STAFF_ROLES.flatMap((role) => {
      try {
        return [staffClient(runtime, tenant, role).token];
      } catch {
        return [];
      }
    }),
  );
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the fuzz runtime has not started');
  return value;
}

/** One test per route: its generator's requests against the live runtime, then the tally printed. */
export function fuzzEachRoute(suite: FuzzSuite, routes: readonly RouteDefinition[]): void {
  for (const { routeKey } of routes) {
    it(
      `answers ${RUNS_PER_ROUTE} hostile requests to ${routeKey} without a 5xx, a hang or an undocumented answer`,
      async () => {
        // Prepare
        const requests = fuzzerFor(routeKey)(suite.context());

        // Act
        const tally = await fuzzRoute(suite.runtime().url, routeKey, requests);

        // Assess
        console.log(String(tally));
        expect(tally.cases).toBeGreaterThanOrEqual(RUNS_PER_ROUTE);
        expect(tally.serverErrors).toBe(0);
      },
      ROUTE_TEST_TIMEOUT_MS,
    );
  }
}
