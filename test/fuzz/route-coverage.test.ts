import { describe, expect, it } from 'vitest';
import { ROUTES } from '#shared/http/routes.js';
import { FUZZED_ROUTE_GROUPS, type FuzzedRouteGroup, fuzzedRoutes } from './fuzz-suite.js';
import { SPECIFIC_ROUTES } from './route-fuzzers.js';

const GROUPS = Object.keys(FUZZED_ROUTE_GROUPS) as FuzzedRouteGroup[];

describe('route fuzzing coverage', () => {
  it('gives every route to at most one fuzz file', () => {
    // Act
    const claims = GROUPS.flatMap((group) => fuzzedRoutes(group).map(({ routeKey }) => ({ routeKey, group })));
    const twice = claims.filter(({ routeKey }, i) => claims.findIndex((claim) => claim.routeKey === routeKey) !== i);

    // Assess
    expect(twice).toEqual([]);
  });

  it('fuzzes every route of the route table', () => {
    // Act
    const fuzzed = new Set(GROUPS.flatMap((group) => fuzzedRoutes(group).map((r) => r.routeKey)));
    const missed = ROUTES.map((r) => r.routeKey).filter((routeKey) => !fuzzed.has(routeKey));

    // Assess
    expect(missed).toEqual([]);
    expect(fuzzed.size).toBe(ROUTES.length);
  });

  it('names in its groups only functions that serve a route', () => {
    // Act
    const functionNames = GROUPS.flatMap((group): readonly string[] => FUZZED_ROUTE_GROUPS[group]);
    const idle = functionNames.filter((name) => !ROUTES.some((route) => route.functionName === name));

    // Assess
    expect(idle).toEqual([]);
  });

  it('has no generator left for a route that is gone from the table', () => {
    // Act
    const stale = SPECIFIC_ROUTES.filter((routeKey) => !ROUTES.some((r) => r.routeKey === routeKey));

    // Assess
    expect(stale).toEqual([]);
  });
});
