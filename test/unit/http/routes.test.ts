import { describe, expect, it } from 'vitest';
import { matchRoute, ROUTES } from '#shared/http/routes.js';

describe('matchRoute', () => {
  it('extracts the tenant when a form path is requested', () => {
    // Act
    const match = matchRoute(ROUTES, 'GET', '/blora/lapor');

    // Assess
    expect(match?.route.routeKey).toBe('GET /{tenant}/lapor');
    expect(match?.pathParameters).toEqual({ tenant: 'blora' });
  });

  it('prefers literal segments when a path fits two templates', () => {
    // Act
    const match = matchRoute(
      [
        { routeKey: 'GET /{tenant}/status', functionName: 'web-report' },
        { routeKey: 'GET /healthz/status', functionName: 'web-report' },
      ],
      'GET',
      '/healthz/status',
    );

    // Assess
    expect(match?.route.routeKey).toBe('GET /healthz/status');
  });

  it('returns nothing when the method or shape does not match', () => {
    // Assess
    expect(matchRoute(ROUTES, 'DELETE', '/blora/lapor')).toBeUndefined();
    expect(matchRoute(ROUTES, 'GET', '/blora/lapor/extra')).toBeUndefined();
  });

  it('has one entry per route key', () => {
    // Assess
    expect(new Set(ROUTES.map((r) => r.routeKey)).size).toBe(ROUTES.length);
  });
});
