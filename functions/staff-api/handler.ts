/**
 * The staff API: the on-call team's cases, numbers and export. Every route authenticates the staff
 * token first; the tenant comes from the token only, so a case id of another regency is simply not found.
 */
import { holdCase } from '#shared/pdp/hold-case.js';
import { listCaseDataRequests } from '#shared/pdp/data-requests.js';
import { decideDataRequest } from '#shared/pdp/decide-data-request.js';
import { recordDeskDataRequest } from '#shared/pdp/record-data-request.js';
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
import { addCaseNote } from '#shared/staff/add-case-note.js';
import { type AssigneeSms, assignCase } from '#shared/staff/assign-case.js';
import { decideClosing, reopenCase, requestClosing } from '#shared/staff/case-closing.js';
import { countCases } from '#shared/staff/case-numbers.js';
import { changeCaseStatus } from '#shared/staff/change-case-status.js';
import { correctClassification } from '#shared/staff/correct-classification.js';
import { describeSession } from '#shared/staff/describe-session.js';
import { enterWalkInReport, type WalkInDependencies } from '#shared/staff/enter-walk-in-report.js';
import { exportCasesCsv } from '#shared/staff/export-cases-csv.js';
import { listCases } from '#shared/staff/list-cases.js';
import { listRevealAudit } from '#shared/staff/list-reveal-audit.js';
import {
  decideRevealRequest,
  listCaseRevealRequests,
  listPendingRevealRequests,
  requestReveal,
} from '#shared/staff/reveal-requests.js';
import { type ReporterMessageDependencies, sendReporterMessage } from '#shared/staff/send-reporter-message.js';
import type { StaffDependencies } from '#shared/staff/ports.js';
import { recordAssessment } from '#shared/staff/record-assessment.js';
import { recordService } from '#shared/staff/record-service.js';
import { addPartner, disablePartner, listPartners, type PartnerDependencies } from '#shared/staff/partners.js';
import { changeReferralStatus, referCase } from '#shared/staff/refer-case.js';
import { recordPoliceReferralDeclined } from '#shared/staff/record-police-referral-declined.js';
import { setCasePlan } from '#shared/staff/set-case-plan.js';
import { viewCase, viewTimeline } from '#shared/staff/view-case.js';
import { listOnCallAudit, replaceRota, viewRota, whoIsOnCall } from '#shared/oncall/manage-rota.js';
import type { DirectoryDependencies } from '#shared/oncall/ports.js';
import { acknowledgeCase, openAlertLink } from '#shared/oncall/acknowledge-case.js';
import type { AlertLinks } from '#shared/oncall/on-call-alert-publisher.js';

export interface StaffApiDependencies
  extends StaffDependencies,
    StaffAuthDependencies,
    WalkInDependencies,
    DirectoryDependencies,
    Pick<ReporterMessageDependencies, 'reporterChat'>,
    PartnerDependencies {
  readonly links: AlertLinks;
  readonly assigneeSms: AssigneeSms;
}

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

    'POST /api/v1/staff/cases/{caseId}/close-request': route(async (event, session) =>
      jsonResponse(200, await requestClosing(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/close-decision': route(async (event, session) =>
      jsonResponse(200, await decideClosing(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/reopen': route(async (event, session) =>
      jsonResponse(200, await reopenCase(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/assignment': route(async (event, session) =>
      jsonResponse(200, await assignCase(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/notes': route(async (event, session) =>
      jsonResponse(201, await addCaseNote(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/classification': route(async (event, session) =>
      jsonResponse(200, await correctClassification(deps, session, caseIdOf(event), body(event))),
    ),

    // PUT: the latest assessment replaces the case's record (earlier ones stay on the timeline).
    'PUT /api/v1/staff/cases/{caseId}/assessment': route(async (event, session) =>
      jsonResponse(200, await recordAssessment(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/messages': route(async (event, session) =>
      jsonResponse(201, await sendReporterMessage(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/services': route(async (event, session) =>
      jsonResponse(201, await recordService(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/referrals': route(async (event, session) =>
      jsonResponse(201, await referCase(deps, session, caseIdOf(event), body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/referrals/{referralId}/status': route(async (event, session) =>
      jsonResponse(200, await changeReferralStatus(deps, session, caseIdOf(event), event.pathParameters?.referralId, body(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/police-referral/declined': route(async (event, session) =>
      jsonResponse(200, await recordPoliceReferralDeclined(deps, session, caseIdOf(event), body(event))),
    ),

    'PUT /api/v1/staff/cases/{caseId}/plan': route(async (event, session) =>
      jsonResponse(200, await setCasePlan(deps, session, caseIdOf(event), body(event))),
    ),

    'GET /api/v1/staff/partners': route(async (_event, session) => jsonResponse(200, await listPartners(deps, session))),

    'POST /api/v1/staff/partners': route(async (event, session) => jsonResponse(201, await addPartner(deps, session, body(event)))),

    'POST /api/v1/staff/partners/{partnerId}/disable': route(async (event, session) =>
      jsonResponse(200, await disablePartner(deps, session, event.pathParameters?.partnerId)),
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

    'GET /api/v1/staff/rota': route(async (_event, session) => jsonResponse(200, await viewRota(deps, session))),

    // A rota of a hundred shifts and swaps is ~20 KB.
    'PUT /api/v1/staff/rota': route(async (event, session) =>
      jsonResponse(200, await replaceRota(deps, session, readJsonBody(event, 4 * STAFF_BODY_LIMIT))),
    ),

    'GET /api/v1/staff/rota/now': route(async (_event, session) => jsonResponse(200, await whoIsOnCall(deps, session))),

    'GET /api/v1/staff/audit/oncall': route(async (event, session) =>
      jsonResponse(200, await listOnCallAudit(deps, session, event.queryStringParameters)),
    ),

    'GET /api/v1/staff/alert-links/{linkId}': route(async (event, session) =>
      jsonResponse(200, await openAlertLink(deps, session, event.pathParameters?.linkId)),
    ),

    'POST /api/v1/staff/cases/{caseId}/acknowledge': route(async (event, session) =>
      jsonResponse(200, await acknowledgeCase(deps, session, caseIdOf(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/hold': route(async (event, session) =>
      jsonResponse(200, await holdCase(deps, session, caseIdOf(event), body(event))),
    ),

    'GET /api/v1/staff/cases/{caseId}/data-requests': route(async (event, session) =>
      jsonResponse(200, await listCaseDataRequests(deps, session, caseIdOf(event))),
    ),
    'POST /api/v1/staff/cases/{caseId}/data-requests': route(async (event, session) =>
      jsonResponse(201, await recordDeskDataRequest(deps, session, caseIdOf(event), body(event))),
    ),
    'POST /api/v1/staff/cases/{caseId}/data-requests/{requestId}/decision': route(async (event, session) =>
      jsonResponse(200, await decideDataRequest(deps, session, caseIdOf(event), event.pathParameters?.requestId, body(event))),
    ),

    'GET /api/v1/staff/cases/{caseId}/reveal-requests': route(async (event, session) =>
      jsonResponse(200, await listCaseRevealRequests(deps, session, caseIdOf(event))),
    ),

    'POST /api/v1/staff/cases/{caseId}/reveal-requests': route(async (event, session) =>
      jsonResponse(201, await requestReveal(deps, session, caseIdOf(event), body(event))),
    ),

    'GET /api/v1/staff/reveal-requests': route(async (_event, session) =>
      jsonResponse(200, await listPendingRevealRequests(deps, session)),
    ),

    'POST /api/v1/staff/reveal-requests/{requestId}/decision': route(async (event, session) =>
      jsonResponse(200, await decideRevealRequest(deps, session, event.pathParameters?.requestId, body(event))),
    ),
  };

  return middy<HttpEvent, HttpResult>()
    .use(lambdaObservability())
    .use(securityHeaders())
    .use(httpErrorResponses({ logger: deps.logger }))
    .handler((event) => dispatch(routes, event));
}
