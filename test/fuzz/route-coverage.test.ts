import { describe, expect, it } from 'vitest';
import { ROUTES } from '#shared/http/routes.js';
import { routesNotServedBy, routesServedBy } from './fuzz-suite.js';
import { SPECIFIC_ROUTES } from './route-fuzzers.js';

describe('route fuzzing coverage', () => {
  it('fuzzes every route of the route table exactly once', () => {
    // Act
    const channels = ['web-report', 'call-center', 'whatsapp-webhook'];
    const fuzzed = [...routesServedBy(channels), ...routesNotServedBy(channels)].map((r) => r.routeKey);

    // Assess
    expect(fuzzed.sort()).toEqual(ROUTES.map((r) => r.routeKey).sort());
  });

  it('has no generator left for a route that is gone from the table', () => {
    // Act
    const stale = SPECIFIC_ROUTES.filter((routeKey) => !ROUTES.some((r) => r.routeKey === routeKey));

    // Assess
    expect(stale).toEqual([]);
  });
});
