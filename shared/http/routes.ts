/**
 * Every HTTP route of the product and the function that serves it: one table, read by the CDK stack and
 * by the local runtime, so the two cannot drift.
 */
export const FUNCTION_NAMES = [
  'web-report',
  'call-center',
  'whatsapp-webhook',
  'staff-console',
  'staff-api',
  'reveal-identity',
  'case-media',
  'staff-admin',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export interface RouteDefinition {
  readonly routeKey: string;
  readonly functionName: FunctionName;
}

export const ROUTES: readonly RouteDefinition[] = [
  { routeKey: 'GET /healthz', functionName: 'web-report' },
  { routeKey: 'GET /{tenant}/lapor', functionName: 'web-report' },
  { routeKey: 'POST /{tenant}/lapor', functionName: 'web-report' },
  { routeKey: 'GET /{tenant}/status', functionName: 'web-report' },
  { routeKey: 'POST /{tenant}/status', functionName: 'web-report' },
  { routeKey: 'POST /api/v1/{tenant}/reports', functionName: 'web-report' },
  { routeKey: 'POST /api/v1/{tenant}/reports/status', functionName: 'web-report' },
  // The reporter's inbox behind reference + tracking code: the page and its JSON twins.
  { routeKey: 'GET /{tenant}/pesan', functionName: 'web-report' },
  { routeKey: 'POST /{tenant}/pesan', functionName: 'web-report' },
  { routeKey: 'POST /api/v1/{tenant}/reports/messages', functionName: 'web-report' },
  { routeKey: 'POST /api/v1/{tenant}/reports/replies', functionName: 'web-report' },
  // The printable outreach poster (QR codes of the WhatsApp number and the form): public, like the form.
  { routeKey: 'GET /{tenant}/poster', functionName: 'web-report' },
  // The one-press page (a DARURAT report in one press) and what a phone needs to put it on the home screen.
  { routeKey: 'GET /{tenant}/darurat', functionName: 'web-report' },
  { routeKey: 'POST /{tenant}/darurat', functionName: 'web-report' },
  { routeKey: 'GET /{tenant}/manifest.webmanifest', functionName: 'web-report' },
  { routeKey: 'GET /{tenant}/icon.png', functionName: 'web-report' },
  { routeKey: 'POST /api/v1/call-center/transcripts', functionName: 'call-center' },
  { routeKey: 'GET /webhooks/whatsapp', functionName: 'whatsapp-webhook' },
  { routeKey: 'POST /webhooks/whatsapp', functionName: 'whatsapp-webhook' },
  // The console page is public (no data in it); every staff API route needs a staff token.
  { routeKey: 'GET /staff', functionName: 'staff-console' },
  { routeKey: 'GET /api/v1/staff/me', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/cases', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/cases/{caseId}', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/cases/{caseId}/timeline', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/status', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/close-request', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/close-decision', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/reopen', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/assignment', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/notes', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/classification', functionName: 'staff-api' },
  { routeKey: 'PUT /api/v1/staff/cases/{caseId}/assessment', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/services', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/referrals', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/referrals/{referralId}/status', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/police-referral/declined', functionName: 'staff-api' },
  { routeKey: 'PUT /api/v1/staff/cases/{caseId}/plan', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/partners', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/partners', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/partners/{partnerId}/disable', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/hold', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/walk-in-reports', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/messages', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/numbers', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/export/cases.csv', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/audit/reveals', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/reveal', functionName: 'reveal-identity' },
  // Reveal with approval (approval-mode regencies): a responder asks, a supervisor decides.
  { routeKey: 'GET /api/v1/staff/cases/{caseId}/reveal-requests', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/reveal-requests', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/reveal-requests', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/reveal-requests/{requestId}/decision', functionName: 'staff-api' },
  // A case's files: listed and opened (audited first) by the only function that may decrypt `media`.
  { routeKey: 'GET /api/v1/staff/cases/{caseId}/media', functionName: 'case-media' },
  { routeKey: 'GET /api/v1/staff/cases/{caseId}/media/{objectId}', functionName: 'case-media' },
  { routeKey: 'GET /api/v1/staff/audit/media', functionName: 'case-media' },
  // On call (shared/oncall): the directory, the rota, who is on call now, alert links and acknowledgements.
  { routeKey: 'GET /staff/a/{linkId}', functionName: 'staff-console' },
  { routeKey: 'GET /api/v1/staff/directory', functionName: 'staff-admin' },
  { routeKey: 'POST /api/v1/staff/directory', functionName: 'staff-admin' },
  { routeKey: 'POST /api/v1/staff/directory/{personId}/active', functionName: 'staff-admin' },
  { routeKey: 'GET /api/v1/staff/rota', functionName: 'staff-api' },
  { routeKey: 'PUT /api/v1/staff/rota', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/rota/now', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/audit/oncall', functionName: 'staff-api' },
  { routeKey: 'GET /api/v1/staff/alert-links/{linkId}', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/acknowledge', functionName: 'staff-api' },
  // Data-subject requests (UU PDP): listed, recorded at the desk, decided by a supervisor.
  { routeKey: 'GET /api/v1/staff/cases/{caseId}/data-requests', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/data-requests', functionName: 'staff-api' },
  { routeKey: 'POST /api/v1/staff/cases/{caseId}/data-requests/{requestId}/decision', functionName: 'staff-api' },
];

export interface MatchedRoute {
  readonly route: RouteDefinition;
  readonly pathParameters: Record<string, string>;
}

/** API Gateway's rule: literal segments beat `{param}` segments; returns undefined when nothing matches. */
export function matchRoute(routes: readonly RouteDefinition[], method: string, path: string): MatchedRoute | undefined {
  const segments = path.split('/').filter(Boolean);
  let best: { match: MatchedRoute; literals: number } | undefined;
  for (const route of routes) {
    const [routeMethod, template = ''] = route.routeKey.split(' ');
    if (routeMethod !== method.toUpperCase()) continue;
    const parts = template.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const pathParameters: Record<string, string> = {};
    let literals = 0;
    const matches = parts.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith('{') && part.endsWith('}')) {
        pathParameters[part.slice(1, -1)] = safeDecode(segment);
        return true;
      }
      literals++;
      return part === segment;
    });
    if (matches && (!best || literals > best.literals)) best = { match: { route, pathParameters }, literals };
  }
  return best?.match;
}

/** Whether any route serves this path with another method (405 rather than 404). */
export function pathHasOtherMethods(routes: readonly RouteDefinition[], path: string): boolean {
  return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].some((method) => matchRoute(routes, method, path) !== undefined);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
