/**
 * The staff API: the on-call team's cases, numbers and export. Every route authenticates the staff
 * token first; the tenant comes from the token only, so a case id of another regency is simply not found.
 */
import { holdCase } from '#shared/pdp/hold-case.js';
import middy from '@middy/core';
import type { StaffAuthDependencies } from '#shared/auth/authenticate-staff.js';
import { staffRoute } from '#shared/auth/staff-route.js';
import { dispatch, type RouteHandler } from '#shared/http/dispatch.js';
import { httpErrorResponses } from '#shared/http/error-responses.js';
import type { HttpEvent, HttpResult } from '#shared/http/http-types.js';
import { readJsonBody } from '#shared/http/request-body.js';
import { jsonResponse } from '#shared/http/responses.js';
import { securityHeaders } from '#shared/http/security-headers.js';
import { addCaseNote } from '#shared/staff/add-case-note.js';
import { assignCase } from '#shared/staff/assign-case.js';
import { countCases } from '#shared/staff/case-numbers.js';
import { changeCaseStatus } from '#shared/staff/change-case-status.js';
import { describeSession } from '#shared/staff/describe-session.js';
import { enterWalkInReport, type WalkInDependencies } from '#shared/staff/enter-walk-in-report.js';
import { exportCasesCsv } from '#shared/staff/export-cases-csv.js';
import { listCases } from '#shared/staff/list-cases.js';
import { listRevealAudit } from '#shared/staff/list-reveal-audit.js';
import type { StaffDependencies } from '#shared/staff/ports.js';
import { viewCase, viewTimeline } from '#shared/staff/view-case.js';

export interface StaffApiDependencies extends StaffDependencies, StaffAuthDependencies, WalkInDependencies {}

/** Notes and status changes are small; anything larger is not a staff form. */
const STAFF_BODY_LIMIT = 16 * 1024;

const caseIdOf = (event: HttpEvent) => event.pathParameters?.caseId;
const body = (event: HttpEvent) => readJsonBody(event, STAFF_BODY_LIMIT);

export function createStaffApiHandler(deps: StaffApiDependencies) {
  const route = (serve: Parameters<typeof staffRoute>[1]) => staffRoute(deps, serve);
  const routes: Record<string, RouteHandler> = {
    'GET /api/v1/staff/me': route(async (_event, session) => jsonResponse(200, describeSession(session))),

    'GET /api/v1/staff/cases': route(async (event, session) =>
      jsonResponse(200, await listCases(deps, session, event.queryStringParameters)),
    ),

    'GET /api/v1/staff/cases/{caseId}': route(async (event, session) =>
      jsonResponse(200, await viewCase(deps, session, caseIdOf(event))),
    ),

    'GET /api/v1/staff/cases/{caseId}/timeline': route(async (event, session) =>
      jsonResponse(200, await viewTimeline(deps, session, caseIdOf(event), event.queryStringParameters)),
    ),

    'POST /api/v1/staff/cases/{caseId}/status': route(async (event, session) =>
      jsonResponse(200, await changeCaseStatus(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/assignment': route(async (event, session) =>
      jsonResponse(200, await assignCase(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/notes': route(async (event, session) =>
      jsonResponse(201, await addCaseNote(deps, session, caseIdOf(event), body(event))),
    ),

    // A report as long as the public form's (64 KB), not a staff note's.
    'POST /api/v1/staff/walk-in-reports': route(async (event, session) => {
      const { receipt, created } = await enterWalkInReport(deps, session, readJsonBody(event));
      return jsonResponse(created ? 201 : 200, receipt);
    }),

    'GET /api/v1/staff/numbers': route(async (event, session) =>
      jsonResponse(200, await countCases(deps, session, event.queryStringParameters)),
    ),

    'GET /api/v1/staff/export/cases.csv': route(async (event, session) => {
      const { filename, csv } = await exportCasesCsv(deps, session, event.queryStringParameters);
      return {
        statusCode: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
        body: csv,
      };
    }),

    'GET /api/v1/staff/audit/reveals': route(async (event, session) =>
      jsonResponse(200, await listRevealAudit(deps, session, event.queryStringParameters)),
    ),

    'POST /api/v1/staff/cases/{caseId}/hold': route(async (event, session) =>
      jsonResponse(200, await holdCase(deps, session, caseIdOf(event), body(event))),
    ),
  };

  return middy<HttpEvent, HttpResult>()
    .use(securityHeaders())
    .use(httpErrorResponses({ logger: deps.logger }))
    .handler((event) => dispatch(routes, event));
}
