/**
 * A case's files for staff: the one function whose role may decrypt purpose `media`. Staff token first,
 * then the path, then the audit record, and only then the file (shared/staff/open-case-media). Its audit
 * log is read here too, by supervisors.
 */
import middy from '@middy/core';
import { lambdaObservability } from '#shared/observability/lambda-observability.js';
import type { StaffAuthDependencies } from '#shared/auth/authenticate-staff.js';
import { staffRoute } from '#shared/auth/staff-route.js';
import { dispatch, type RouteHandler } from '#shared/http/dispatch.js';
import { httpErrorResponses } from '#shared/http/error-responses.js';
import type { HttpEvent, HttpResult } from '#shared/http/http-types.js';
import { jsonResponse } from '#shared/http/responses.js';
import { securityHeaders } from '#shared/http/security-headers.js';
import { listCaseMedia } from '#shared/staff/case-media.js';
import type { CaseMediaDependencies } from '#shared/staff/case-media-ports.js';
import { listMediaAudit } from '#shared/staff/list-media-audit.js';
import { type OpenedMedia, openCaseMedia } from '#shared/staff/open-case-media.js';

export interface CaseMediaFunctionDependencies extends CaseMediaDependencies, StaffAuthDependencies {}

export function createCaseMediaHandler(deps: CaseMediaFunctionDependencies) {
  const routes: Record<string, RouteHandler> = {
    'GET /api/v1/staff/cases/{caseId}/media': staffRoute(deps, async (event, session) =>
      jsonResponse(200, await listCaseMedia(deps, session, event.pathParameters)),
    ),
    'GET /api/v1/staff/cases/{caseId}/media/{objectId}': staffRoute(deps, async (event, session) =>
      mediaResponse(await openCaseMedia(deps, session, event.pathParameters)),
    ),
    'GET /api/v1/staff/audit/media': staffRoute(deps, async (event, session) =>
      jsonResponse(200, await listMediaAudit(deps, session, event.queryStringParameters)),
    ),
  };

  return middy<HttpEvent, HttpResult>()
    .use(lambdaObservability())
    .use(securityHeaders())
    .use(httpErrorResponses({ logger: deps.logger }))
    .handler((event) => dispatch(routes, event));
}

/** The bytes with our type, or (a file too large for a function's answer) where to fetch them for a while. */
function mediaResponse(opened: OpenedMedia): HttpResult {
  if (opened.kind === 'link') return jsonResponse(200, { link: { url: opened.url, expiresAt: opened.expiresAt } });
  return {
    statusCode: 200,
    headers: {
      'content-type': opened.contentType,
      'content-disposition': opened.contentDisposition,
      'cache-control': 'no-store, max-age=0',
      'x-content-type-options': 'nosniff',
    },
    body: opened.bytes.toString('base64'),
    isBase64Encoded: true,
  };
}
