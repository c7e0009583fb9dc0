/**
 * Reveal a reporter's identity: the one function whose role may decrypt the `identity` part. Staff token
 * first, then the reason, then the audit record, and only then the decryption (shared/staff/reveal-identity).
 */
import middy from '@middy/core';
import { lambdaObservability } from '#shared/observability/lambda-observability.js';
import type { StaffAuthDependencies } from '#shared/auth/authenticate-staff.js';
import { staffRoute } from '#shared/auth/staff-route.js';
import { dispatch, type RouteHandler } from '#shared/http/dispatch.js';
import { httpErrorResponses } from '#shared/http/error-responses.js';
import type { HttpEvent, HttpResult } from '#shared/http/http-types.js';
import { readJsonBody } from '#shared/http/request-body.js';
import { jsonResponse } from '#shared/http/responses.js';
import { securityHeaders } from '#shared/http/security-headers.js';
import type { RevealDependencies } from '#shared/staff/ports.js';
import { revealIdentity } from '#shared/staff/reveal-identity.js';

export interface RevealIdentityDependencies extends RevealDependencies, StaffAuthDependencies {}

const REVEAL_BODY_LIMIT = 4 * 1024;

export function createRevealIdentityHandler(deps: RevealIdentityDependencies) {
  const routes: Record<string, RouteHandler> = {
    'POST /api/v1/staff/cases/{caseId}/reveal': staffRoute(deps, async (event, session) =>
      jsonResponse(200, await revealIdentity(deps, session, event.pathParameters?.caseId, readJsonBody(event, REVEAL_BODY_LIMIT))),
    ),
  };

  return middy<HttpEvent, HttpResult>()
    .use(lambdaObservability())
    .use(securityHeaders())
    .use(httpErrorResponses({ logger: deps.logger }))
    .handler((event) => dispatch(routes, event));
}
