/**
 * Call-center channel: a call system posts a finished call's transcript. The API key decides the tenant,
 * the caller's words become a case, and the answer carries the reference and tracking code the agent
 * reads back to the caller before hanging up.
 */
import middy from '@middy/core';
import { lambdaObservability } from '#shared/observability/lambda-observability.js';
import { toReportSubmission } from '#shared/channels/call-center/call-submission.js';
import { CALL_TRANSCRIPT_BODY_LIMIT, CallTranscript } from '#shared/channels/call-center/call-transcript.js';
import {
  type CallCenterAuthDependencies,
  requireCallCenterTenant,
} from '#shared/channels/call-center/require-call-center-tenant.js';
import { dispatch, type RouteHandler } from '#shared/http/dispatch.js';
import { httpErrorResponses } from '#shared/http/error-responses.js';
import type { HttpEvent, HttpResult } from '#shared/http/http-types.js';
import { header, readJsonBody } from '#shared/http/request-body.js';
import { jsonResponse } from '#shared/http/responses.js';
import { securityHeaders } from '#shared/http/security-headers.js';
import { type IntakeDependencies, submitReport } from '#shared/intake/submit-report.js';
import { limitIntake } from '#shared/abuse/limit-requests.js';
import { parseOrThrow } from '#shared/validation.js';

export interface CallCenterDependencies extends IntakeDependencies, CallCenterAuthDependencies {}

export function createCallCenterHandler(deps: CallCenterDependencies) {
  const routes: Record<string, RouteHandler> = {
    'POST /api/v1/call-center/transcripts': async (event) => {
      // The key first: a caller without one gets its 401 before a megabyte is read.
      const apiKey = header(event, 'x-api-key');
      const tenant = await requireCallCenterTenant(deps, apiKey);
      await limitIntake(deps, tenant.id, { channel: 'call-center', apiKey: apiKey ?? '' });
      const transcript = parseOrThrow(CallTranscript, readJsonBody(event, CALL_TRANSCRIPT_BODY_LIMIT));
      const receipt = await submitReport(deps, tenant, toReportSubmission(transcript));
      const { reference, trackingCode, status } = receipt;
      return jsonResponse(receipt.created ? 201 : 200, { reference, trackingCode, status });
    },
  };

  return middy<HttpEvent, HttpResult>()
    .use(lambdaObservability())
    .use(securityHeaders())
    .use(httpErrorResponses({ logger: deps.logger }))
    .handler((event) => dispatch(routes, event));
}
