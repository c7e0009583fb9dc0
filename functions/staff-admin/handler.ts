/**
 * Staff admin: the regency's directory (add, disable, re-enable a person) and the sign-in accounts behind
 * it. The one function whose role may call the user pool's admin APIs; the regency is the token's only.
 */
import middy from '@middy/core';
import type { StaffAuthDependencies } from '#shared/auth/authenticate-staff.js';
import { staffRoute } from '#shared/auth/staff-route.js';
import { dispatch, type RouteHandler } from '#shared/http/dispatch.js';
import { httpErrorResponses } from '#shared/http/error-responses.js';
import type { HttpEvent, HttpResult } from '#shared/http/http-types.js';
import { readJsonBody } from '#shared/http/request-body.js';
import { jsonResponse } from '#shared/http/responses.js';
import { securityHeaders } from '#shared/http/security-headers.js';
import { addPerson, listDirectory, setPersonActive, type StaffAdminDependencies } from '#shared/oncall/manage-directory.js';

export interface StaffAdminFunctionDependencies extends StaffAdminDependencies, StaffAuthDependencies {}

/** A person is a name, a role, an e-mail and a number. */
const DIRECTORY_BODY_LIMIT = 4 * 1024;

export function createStaffAdminHandler(deps: StaffAdminFunctionDependencies) {
  const route = (serve: Parameters<typeof staffRoute>[1]) => staffRoute(deps, serve);
  const body = (event: HttpEvent) => readJsonBody(event, DIRECTORY_BODY_LIMIT);
  const routes: Record<string, RouteHandler> = {
    'GET /api/v1/staff/directory': route(async (_event, session) => jsonResponse(200, await listDirectory(deps, session))),

    'POST /api/v1/staff/directory': route(async (event, session) => jsonResponse(201, await addPerson(deps, session, body(event)))),

    'POST /api/v1/staff/directory/{personId}/active': route(async (event, session) =>
      jsonResponse(200, await setPersonActive(deps, session, event.pathParameters?.personId, body(event))),
    ),
  };

  return middy<HttpEvent, HttpResult>()
    .use(securityHeaders())
    .use(httpErrorResponses({ logger: deps.logger }))
    .handler((event) => dispatch(routes, event));
}
