/** A route of a staff function: authenticated first (401 before any body is read), then served. */
import type { RouteHandler } from '../http/dispatch.js';
import type { HttpEvent, HttpResult } from '../http/http-types.js';
import { header } from '../http/request-body.js';
import { authenticateStaff, type StaffAuthDependencies, type StaffSession } from './authenticate-staff.js';

export function staffRoute(
  deps: StaffAuthDependencies,
  serve: (event: HttpEvent, session: StaffSession) => Promise<HttpResult>,
): RouteHandler {
  return async (event) => serve(event, await authenticateStaff(deps, header(event, 'authorization')));
}
