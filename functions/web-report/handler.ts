/**
 * Web channel: the no-JavaScript report form, its JSON twin, the one-press emergency page (and what a phone
 * needs to put it on the home screen), and status checks. Each route parses, calls one use case from
 * shared/, and shapes the answer.
 */
import middy from '@middy/core';
import { lambdaObservability } from '#shared/observability/lambda-observability.js';
import { PAGE_CSP } from '#shared/channels/web/page-layout.js';
import { appIconPng } from '#shared/channels/web/app-icon.js';
import { renderManifest } from '#shared/channels/web/app-manifest.js';
import { renderConfirmation } from '#shared/channels/web/confirmation-page.js';
import { emergencyAdvice } from '#shared/channels/web/emergency-contacts.js';
import { parseEmergencyPress, pressValues } from '#shared/channels/web/emergency-press.js';
import {
  PRESS_PAGE_CSP,
  PRESS_PERMISSIONS_POLICY,
  renderEmergencyPressPage,
} from '#shared/channels/web/emergency-press-page.js';
import { publicBaseUrl } from '#shared/channels/poster/poster-links.js';
import { apiChannelRef, formChannelRef } from '#shared/channels/web/channel-refs.js';
import { renderErrorPage } from '#shared/channels/web/error-page.js';
import { formValues, parseReportForm } from '#shared/channels/web/report-form.js';
import { renderReportForm } from '#shared/channels/web/report-form-page.js';
import { renderStatusForm, renderStatusResult } from '#shared/channels/web/status-pages.js';
import { type Language, STATUS_LABELS } from '#shared/domain/vocabulary.js';
import { type AppError, type BilingualMessage, type FieldIssue, InvalidInputError, ReportNotFoundError } from '#shared/errors.js';
import { dispatch, type RouteHandler } from '#shared/http/dispatch.js';
import { httpErrorResponses, jsonErrorResponse } from '#shared/http/error-responses.js';
import type { HttpEvent, HttpResult } from '#shared/http/http-types.js';
import { pickLanguage } from '#shared/http/language.js';
import { header, readFormBody, readJsonBody } from '#shared/http/request-body.js';
import { htmlResponse, jsonResponse } from '#shared/http/responses.js';
import { securityHeaders } from '#shared/http/security-headers.js';
import { checkReportStatus } from '#shared/intake/check-report-status.js';
import { limitIntake, limitStatusChecks } from '#shared/abuse/limit-requests.js';
import { type IntakeDependencies, submitReport } from '#shared/intake/submit-report.js';
import { requireTenantFromPath } from '#shared/tenancy/require-tenant.js';
import type { TenantRegistry } from '#shared/tenancy/tenant-registry.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { type InboxDependencies, openInbox, replyFromInbox } from '#shared/thread/reporter-inbox.js';
import { renderInbox, renderInboxForm } from '#shared/channels/web/inbox-page.js';

export interface WebReportDependencies extends IntakeDependencies, Pick<InboxDependencies, 'thread'> {
  readonly tenants: TenantRegistry;
  /** `PUBLIC_BASE_URL`: the address printed on posters; unset, the request's own host. */
  readonly publicBaseUrl?: string;
}

const page = (statusCode: number, html: string): HttpResult =>
  htmlResponse(statusCode, html, { 'content-security-policy': PAGE_CSP });

/** The one-press page: its own script and manifest, and the one page allowed to ask for the location. */
const pressPage = (statusCode: number, html: string): HttpResult =>
  htmlResponse(statusCode, html, {
    'content-security-policy': PRESS_PAGE_CSP,
    'permissions-policy': PRESS_PERMISSIONS_POLICY,
  });

/** A reporter page that files a report: how its POST reads, and how it is shown again after a refusal. */
interface ReportPage {
  parse(form: URLSearchParams): { readonly submission: unknown; readonly notice?: BilingualMessage };
  values(form: URLSearchParams): Record<string, string>;
  render(input: {
    readonly tenant: Tenant;
    readonly lang: Language;
    readonly submissionId: string;
    readonly values: Record<string, string>;
    readonly errors?: readonly FieldIssue[];
    readonly refusal?: BilingualMessage;
  }): string;
  respond(statusCode: number, html: string): HttpResult;
}

const REPORT_FORM: ReportPage = {
  parse: (form) => ({ submission: { ...parseReportForm(form), channelRef: formChannelRef(form.get('submissionId')) } }),
  values: (form) => formValues(form),
  render: renderReportForm,
  respond: page,
};

const ONE_PRESS: ReportPage = { parse: parseEmergencyPress, values: pressValues, render: renderEmergencyPressPage, respond: pressPage };

/** The routes whose refusals come back on the page that posted them. */
const REPORT_PAGES: Readonly<Record<string, ReportPage>> = {
  'POST /{tenant}/lapor': REPORT_FORM,
  'POST /{tenant}/darurat': ONE_PRESS,
};

export function createWebReportHandler(deps: WebReportDependencies) {
  /** Files the report a page posted; wrong answers come back on that page, with what was typed. */
  const fileFromPage = async (reportPage: ReportPage, event: HttpEvent): Promise<HttpResult> => {
    const tenant = await requireTenantFromPath(deps.tenants, event);
    const form = readFormBody(event);
    const lang = pickLanguage(event, form);
    await limitIntake(deps, tenant.id, { channel: 'web', sourceIp: sourceIp(event) });
    const { submission, notice } = reportPage.parse(form);
    try {
      const receipt = await submitReport(deps, tenant, submission);
      return page(200, renderConfirmation({ tenant, lang, receipt, notice }));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const submissionId = form.get('submissionId') || deps.ids.newId();
      return reportPage.respond(400, reportPage.render({ tenant, lang, submissionId, values: reportPage.values(form), errors: error.details }));
    }
  };

  const routes: Record<string, RouteHandler> = {
    'GET /healthz': async () => jsonResponse(200, { status: 'ok' }),

    'GET /{tenant}/lapor': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      return page(200, renderReportForm({ tenant, lang: pickLanguage(event), submissionId: deps.ids.newId() }));
    },

    // Any other refusal (429, 409, 503) comes back on the same page too: see `renderError`.
    'POST /{tenant}/lapor': (event) => fileFromPage(REPORT_FORM, event),
    'POST /{tenant}/darurat': (event) => fileFromPage(ONE_PRESS, event),

    'POST /api/v1/{tenant}/reports': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      await limitIntake(deps, tenant.id, { channel: 'web', sourceIp: sourceIp(event) });
      const body = readJsonBody(event);
      const receipt = await submitReport(deps, tenant, {
        ...(isPlainObject(body) ? body : { body }),
        channel: 'web',
        channelRef: apiChannelRef(header(event, 'idempotency-key'), deps.ids.newId),
      });
      const { reference, trackingCode, status, urgency, dueAt } = receipt;
      return jsonResponse(receipt.created ? 201 : 200, {
        reference,
        trackingCode,
        status,
        urgency,
        dueAt,
        ...(urgency === 'DARURAT' ? { emergency: emergencyAdvice(tenant) } : {}),
      });
    },

    'GET /{tenant}/darurat': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      return pressPage(200, renderEmergencyPressPage({ tenant, lang: pickLanguage(event), submissionId: deps.ids.newId() }));
    },

    'GET /{tenant}/manifest.webmanifest': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      return {
        statusCode: 200,
        headers: { 'content-type': 'application/manifest+json; charset=utf-8' },
        body: renderManifest(tenant, pickLanguage(event)),
      };
    },

    'GET /{tenant}/icon.png': async (event) => {
      await requireTenantFromPath(deps.tenants, event);
      return {
        statusCode: 200,
        headers: { 'content-type': 'image/png' },
        body: appIconPng().toString('base64'),
        isBase64Encoded: true,
      };
    },

    'GET /{tenant}/status': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      return page(200, renderStatusForm({ tenant, lang: pickLanguage(event) }));
    },

    'POST /{tenant}/status': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      await limitStatusChecks(deps, tenant.id, sourceIp(event));
      const form = readFormBody(event);
      const lang = pickLanguage(event, form);
      try {
        const result = await checkReportStatus(deps, tenant, {
          reference: form.get('reference') ?? '',
          trackingCode: form.get('trackingCode') ?? '',
        });
        return page(200, renderStatusResult({ tenant, lang, result }));
      } catch (error) {
        if (error instanceof ReportNotFoundError) return page(404, renderStatusForm({ tenant, lang, notFound: true }));
        if (error instanceof InvalidInputError) return page(400, renderStatusForm({ tenant, lang, errors: error.details }));
        throw error;
      }
    },

    'GET /{tenant}/poster': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      const baseUrl = publicBaseUrl(deps.publicBaseUrl, {
        host: header(event, 'host') ?? event.requestContext?.domainName,
        forwardedProto: header(event, 'x-forwarded-proto'),
      });
      // The QR encoder is for the office's printer, not for reporters: a chunk of its own (infra/bundling.ts).
      const { renderPoster } = await import('#shared/channels/poster/poster-page.js');
      const poster = renderPoster({ tenant, baseUrl });
      return htmlResponse(200, poster.html, { 'content-security-policy': poster.csp });
    },

    'GET /{tenant}/pesan': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      return page(200, renderInboxForm({ tenant, lang: pickLanguage(event) }));
    },

    'POST /{tenant}/pesan': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      await limitStatusChecks(deps, tenant.id, sourceIp(event));
      const form = readFormBody(event);
      const lang = pickLanguage(event, form);
      return page(...(await inboxPage(deps, tenant, lang, form)));
    },

    'POST /api/v1/{tenant}/reports/messages': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      await limitStatusChecks(deps, tenant.id, sourceIp(event));
      return jsonResponse(200, await openInbox(deps, tenant, readJsonBody(event)));
    },

    'POST /api/v1/{tenant}/reports/replies': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      await limitStatusChecks(deps, tenant.id, sourceIp(event));
      return jsonResponse(201, await replyFromInbox(deps, tenant, readJsonBody(event)));
    },

    'POST /api/v1/{tenant}/reports/status': async (event) => {
      const tenant = await requireTenantFromPath(deps.tenants, event);
      await limitStatusChecks(deps, tenant.id, sourceIp(event));
      const result = await checkReportStatus(deps, tenant, readJsonBody(event));
      return jsonResponse(200, { ...result, statusLabel: STATUS_LABELS[result.status] });
    },
  };

  const renderError = async (error: AppError, event: HttpEvent): Promise<HttpResult> => {
    if (isJsonRoute(event)) return jsonErrorResponse(error);
    const tenant = await deps.tenants.find(event.pathParameters?.tenant ?? '').catch(() => undefined);
    const reportPage = Object.hasOwn(REPORT_PAGES, event.routeKey) ? REPORT_PAGES[event.routeKey] : undefined;
    const form = reportPage && readableForm(event);
    if (tenant && reportPage && form) {
      // The report was refused whole (busy, too many, already sent): keep every answer and the same
      // submission id, so that sending again is one report (Back would show a blank page: no-store).
      // The one-press page puts 112 above the refusal.
      const submissionId = form.get('submissionId') || deps.ids.newId();
      const lang = pickLanguage(event, form);
      const values = reportPage.values(form);
      return reportPage.respond(error.status, reportPage.render({ tenant, lang, submissionId, values, refusal: error.bilingual }));
    }
    const lang = pickLanguage(event);
    return page(error.status, renderErrorPage({ lang, status: error.status, code: error.code, message: error.bilingual, tenant }));
  };

  return middy<HttpEvent, HttpResult>()
    .use(lambdaObservability())
    .use(securityHeaders())
    .use(httpErrorResponses({ logger: deps.logger, render: renderError }))
    .handler((event) => dispatch(routes, event));
}

const ANSWER_KEPT: BilingualMessage = {
  id: 'Pesan Anda sudah kami terima dan diteruskan ke petugas kasus Anda.',
  en: 'We received your message and passed it to the team handling your report.',
};

/**
 * The inbox after the receipt form: opened with the right code, and with an answer kept first when the
 * form carried one. A wrong code shows the form again with the one "does not match" message.
 */
async function inboxPage(deps: WebReportDependencies, tenant: Tenant, lang: Language, form: URLSearchParams): Promise<[number, string]> {
  const receipt = { reference: form.get('reference') ?? '', trackingCode: form.get('trackingCode') ?? '' };
  const text = form.get('text') ?? '';
  const request = form.get('request') || undefined;
  try {
    const answered = text.trim() ? await replyFromInbox(deps, tenant, { ...receipt, text, request }) : undefined;
    const inbox = await openInbox(deps, tenant, receipt);
    const notice = answered && (answered.closed ?? ANSWER_KEPT);
    return [answered ? 201 : 200, renderInbox({ tenant, lang, inbox, trackingCode: receipt.trackingCode, notice })];
  } catch (error) {
    if (error instanceof ReportNotFoundError) return [404, renderInboxForm({ tenant, lang, notFound: true })];
    if (error instanceof InvalidInputError) return [400, renderInboxForm({ tenant, lang, errors: error.details })];
    throw error;
  }
}

/** Files the browser fetches on its own (never shown as a page) answer errors in JSON like the API. */
const FILE_ROUTES: ReadonlySet<string> = new Set(['GET /{tenant}/manifest.webmanifest', 'GET /{tenant}/icon.png']);

function isJsonRoute(event: HttpEvent): boolean {
  return (
    event.rawPath.startsWith('/api/') ||
    event.routeKey === 'GET /healthz' ||
    !event.routeKey.includes('/{tenant}/') ||
    FILE_ROUTES.has(event.routeKey)
  );
}

/** The address API Gateway saw the connection come from (never a client-supplied X-Forwarded-For). */
function sourceIp(event: HttpEvent): string {
  return event.requestContext?.http?.sourceIp ?? '';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The posted form, when it is one (a body too large, of another type or not UTF-8 has no answers to keep). */
function readableForm(event: HttpEvent): URLSearchParams | undefined {
  try {
    return readFormBody(event);
  } catch {
    return undefined;
  }
}
