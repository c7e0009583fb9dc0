/**
 * `GET /staff`: the staff console's page. Its own function because the page must load before anyone has
 * signed in (the staff API's routes sit behind the JWT authorizer), and a public route should hold no
 * data and no permissions: this one reads nothing and decrypts nothing.
 */
import middy from '@middy/core';
import { lambdaObservability } from '#shared/observability/lambda-observability.js';
import { renderConsolePage } from '#shared/channels/staff-console/console-page.js';
import type { ConsoleSignIn } from '#shared/channels/staff-console/console-sign-in.js';
import { dispatch, type RouteHandler } from '#shared/http/dispatch.js';
import { httpErrorResponses } from '#shared/http/error-responses.js';
import type { HttpEvent, HttpResult } from '#shared/http/http-types.js';
import { htmlResponse } from '#shared/http/responses.js';
import { securityHeaders } from '#shared/http/security-headers.js';
import { ALERT_LINK_ID } from '#shared/oncall/alert-link-id.js';
import type { AppLogger } from '#shared/intake/ports.js';

export interface StaffConsoleDependencies {
  readonly signIn: ConsoleSignIn;
  /** The built client (shared/channels/staff-console/console-client-build.ts), inlined and hashed into the CSP. */
  readonly clientScript: string;
  readonly logger: AppLogger;
}

export function createStaffConsoleHandler(deps: StaffConsoleDependencies) {
  // The page is the same for every request: rendered (and hashed) once per container.
  const page = renderConsolePage(deps.signIn, deps.clientScript);
  const routes: Record<string, RouteHandler> = {
    'GET /staff': async () => htmlResponse(200, page.html, { 'content-security-policy': page.csp }),
    // An alert SMS's link: to the console's acknowledgement place. A hash, because sign-in returns to one
    // fixed address (Cognito allows no wildcard callback) and the console keeps the hash across it.
    'GET /staff/a/{linkId}': async (event) => {
      const linkId = event.pathParameters?.linkId ?? '';
      return { statusCode: 302, headers: { location: ALERT_LINK_ID.test(linkId) ? `/staff#/a/${linkId}` : '/staff' }, body: '' };
    },
  };

  return middy<HttpEvent, HttpResult>()
    .use(lambdaObservability())
    .use(securityHeaders())
    .use(httpErrorResponses({ logger: deps.logger }))
    .handler((event) => dispatch(routes, event));
}
