/**
 * One request generator per route of ROUTES: valid requests of that route, then mutated field by field and
 * broken every other way, each with what its answer must be. Routes without their own generator (added after
 * this file) get the generic one, so every route in the table is fuzzed.
 */
import * as fc from 'fast-check';
import { signWebhookBody } from '#shared/channels/whatsapp/webhook-signature.js';
import { messagePayload, type SimulatedMessage } from '#local/whatsapp-payload.js';
import {
  callAnalyticsCall,
  channelsCall,
  contactLensCall,
  genericCall,
  transcribeCall,
} from '../fixtures/call-center/call-fixtures.js';
import type { RawRequest } from '../support/raw-http.js';
import { namedReportJson } from '../support/report-fixtures.js';
import { addressFixture, whatsappFixture } from '../support/whatsapp.js';
import type { Expectation } from './answer-rules.js';
import { anyString } from './hostile-values.js';
import { type BodyPart, formBodies, headerNoise, headerValue, jsonBodies, percentEncode, queryString, segment } from './request-parts.js';

/** What the generators may use of the running product (all of it also known to a real client or Meta). */
export interface FuzzContext {
  readonly tenants: readonly string[];
  readonly phoneNumberIds: readonly string[];
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly callCenterKeys: readonly string[];
  readonly knownReport: { readonly reference: string; readonly trackingCode: string };
  /** Valid staff ID tokens (empty when the runtime has no staff sign-in). */
  readonly staffTokens: readonly string[];
  /** Existing case ids, of several regencies. */
  readonly caseIds: readonly string[];
}

export interface FuzzRequest extends RawRequest {
  readonly note: string;
  readonly expect: Expectation;
}

export type RouteFuzzer = (ctx: FuzzContext) => fc.Arbitrary<FuzzRequest>;

function request(
  method: string,
  path: string,
  parts: { body?: BodyPart; headers?: Record<string, string>; noise?: Record<string, string>; note?: string },
  expect: Expectation,
): FuzzRequest {
  const contentType = parts.body?.contentType;
  const fuzzed: FuzzRequest = {
    method,
    path,
    headers: { ...parts.noise, ...(contentType === undefined ? {} : { 'content-type': contentType }), ...parts.headers },
    body: parts.body?.body,
    note: [parts.body?.note, parts.note].filter(Boolean).join(', ') || 'no body',
    expect,
  };
  // How fast-check prints a counterexample: never a megabyte of body.
  return Object.assign(fuzzed, {
    [fc.toStringMethod]: () =>
      `${method} ${path.slice(0, 160)} [${fuzzed.note}] ${fuzzed.body?.length ?? 0} bytes, headers ${JSON.stringify(fuzzed.headers).slice(0, 300)}`,
  });
}

const validForm = (submissionId: string): Record<string, string> => ({
  submissionId,
  lang: 'id',
  service: 'pengaduan_kekerasan',
  narrative: 'Anak tetangga umur 8 tahun sering dipukul ayahnya.',
  kecamatan: 'Cepu',
  locationDetail: 'dekat balai desa',
  victimAgeGroup: 'anak_6_12',
  victimGender: 'perempuan',
  relationToReporter: 'tetangga',
  immediateDanger: 'tidak',
  anonymous: 'tidak',
  reporterName: 'Pelapor Uji',
  reporterPhone: '081234567890',
  consent: 'ya',
});

const validPress = (submissionId: string): Record<string, string> => ({
  submissionId,
  lang: 'id',
  kecamatan: 'Cepu',
  phone: '081234567890',
  latitude: '-6.970010',
  longitude: '111.418020',
  accuracy: '25',
});

/** Mostly fresh ids (a new report), sometimes a reused one (a retry or a conflicting resubmission). */
const submissionId = fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.constantFrom('fuzz-1', 'fuzz-2') });

const idempotencyHeader: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.uuid().map((key) => ({ 'idempotency-key': key })) },
  { weight: 1, arbitrary: headerValue.map((key) => ({ 'idempotency-key': key })) },
);

const tenantPath = (ctx: FuzzContext, build: (tenant: string) => string) => segment(ctx.tenants).map(build);

const page: Expectation = { kind: 'page' };
const api: Expectation = { kind: 'api' };

const pageGet = (suffix: string): RouteFuzzer => (ctx) =>
  fc
    .record({ path: tenantPath(ctx, (t) => `/${t}/${suffix}`), query: queryString, noise: headerNoise })
    .map(({ path, query, noise }) => request('GET', `${path}${query}`, { noise }, page));

const fileGet = (suffix: string): RouteFuzzer => (ctx) =>
  fc
    .record({ path: tenantPath(ctx, (t) => `/${t}/${suffix}`), query: queryString, noise: headerNoise })
    .map(({ path, query, noise }) => request('GET', `${path}${query}`, { noise }, api));

/** Meta's kinds of message, as the simulator builds them. */
const simulatedMessage: fc.Arbitrary<SimulatedMessage> = fc.oneof(
  { weight: 4, arbitrary: anyString.map((text) => ({ type: 'text' as const, text })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('svc:pengaduan_kekerasan', 'narr:done', 'kec:Cepu', 'danger:ya', 'danger:tidak', 'id:anon', 'consent:yes', 'confirm:send', 'lang:en', 'nope')
      .map((id) => ({ type: 'button_reply' as const, id, title: id })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ type: fc.constantFrom('image', 'audio', 'video', 'document', 'sticker'), mediaId: fc.oneof(fc.uuid(), fc.constant('gone-1')), mimeType: fc.constantFrom('image/jpeg', 'audio/ogg', 'x/y') })
      .map((m) => m as SimulatedMessage),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('location' as const), latitude: fc.double(), longitude: fc.double() }) },
);

/** Meta's published examples (test/fixtures/whatsapp), read once. */
const FIXTURES = ['text', 'image', 'audio', 'button', 'interactive-list-reply', 'location', 'reaction', 'statuses', 'status-failed', 'system', 'unsupported', 'contacts', 'document', 'sticker', 'video'].map(
  whatsappFixture,
);

/** A few returning reporters, so that conversations get past the greeting, and strangers. */
const SENDERS = ['6281200000001', '6281200000002', '6281200000003', '6281200000004', '6281200000005'];

function webhookPayload(ctx: FuzzContext): fc.Arbitrary<unknown> {
  const phoneNumberId = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ctx.phoneNumberIds) }, { weight: 1, arbitrary: fc.constantFrom('999999999', '') });
  const from = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SENDERS) }, { weight: 1, arbitrary: fc.stringMatching(/^628[1-9][0-9]{8,10}$/) });
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ phoneNumberId, from, message: simulatedMessage }).map(({ message, ...sender }) => messagePayload(sender, message)) },
    {
      weight: 2,
      arbitrary: fc
        .record({ fixture: fc.constantFrom(...FIXTURES), phoneNumberId, from })
        .map(({ fixture, ...to }) => addressFixture(fixture, to)),
    },
  );
}

/** A case timeline's `before`: forged cursors of every shape and any string, besides the usual query noise. */
const timelineQuery: fc.Arbitrary<string> = fc.oneof(
  queryString,
  fc
    .oneof(
      anyString,
      fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
      fc
        .record({ v: fc.oneof(fc.integer(), fc.double(), anyString), e: fc.integer(), u: anyString }, { requiredKeys: [] })
        .map((cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url')),
    )
    .map((before) => `?before=${percentEncode(before)}`),
);

const ROUTE_FUZZERS: Readonly<Record<string, RouteFuzzer>> = {
  'GET /healthz': () =>
    fc.record({ query: queryString, noise: headerNoise }).map(({ query, noise }) => request('GET', `/healthz${query}`, { noise }, { kind: 'api', statuses: [200] })),

  'GET /{tenant}/lapor': pageGet('lapor'),
  'GET /{tenant}/status': pageGet('status'),
  'GET /{tenant}/darurat': pageGet('darurat'),

  'POST /{tenant}/darurat': (ctx) =>
    fc
      .record({
        path: tenantPath(ctx, (t) => `/${t}/darurat`),
        query: queryString,
        body: submissionId.chain((id) => formBodies(validPress(id))),
        noise: headerNoise,
      })
      .map(({ path, query, body, noise }) => request('POST', `${path}${query}`, { body, noise }, page)),

  // Files the browser fetches on its own: the file or a JSON error, never a page.
  'GET /{tenant}/manifest.webmanifest': fileGet('manifest.webmanifest'),
  'GET /{tenant}/icon.png': fileGet('icon.png'),

  'POST /{tenant}/lapor': (ctx) =>
    fc
      .record({ path: tenantPath(ctx, (t) => `/${t}/lapor`), query: queryString, body: submissionId.chain((id) => formBodies(validForm(id))), noise: headerNoise })
      .map(({ path, query, body, noise }) => request('POST', `${path}${query}`, { body, noise }, page)),

  'POST /{tenant}/status': (ctx) =>
    fc
      .record({ path: tenantPath(ctx, (t) => `/${t}/status`), body: formBodies(ctx.knownReport), noise: headerNoise })
      .map(({ path, body, noise }) => request('POST', path, { body, noise }, page)),

  'POST /api/v1/{tenant}/reports': (ctx) =>
    fc
      .record({ path: tenantPath(ctx, (t) => `/api/v1/${t}/reports`), body: jsonBodies(namedReportJson()), headers: idempotencyHeader, noise: headerNoise })
      .map(({ path, body, headers, noise }) => request('POST', path, { body, headers, noise }, api)),

  'POST /api/v1/{tenant}/reports/status': (ctx) =>
    fc
      .record({ path: tenantPath(ctx, (t) => `/api/v1/${t}/reports/status`), body: jsonBodies(ctx.knownReport), noise: headerNoise })
      .map(({ path, body, noise }) => request('POST', path, { body, noise }, api)),

  'POST /api/v1/call-center/transcripts': (ctx) => {
    const call = fc
      .tuple(
        fc.constantFrom(genericCall, transcribeCall, callAnalyticsCall, contactLensCall, channelsCall),
        fc.oneof(fc.uuid(), fc.constant('fuzz-call-1')),
      )
      .chain(([fixture, callId]) => {
        const valid = fixture();
        valid.call.callId = callId;
        return jsonBodies(valid);
      });
    const key = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...ctx.callCenterKeys).map((k) => ({ headers: { 'x-api-key': k }, valid: true })) },
      {
        weight: 2,
        arbitrary: fc
          .oneof(
            fc.constant<Record<string, string>>({}),
            headerValue.map((k) => ({ 'x-api-key': k })),
            fc.constantFrom(...ctx.callCenterKeys).map((k) => ({ 'x-api-key': `${k.slice(0, -4)}AAAA` })),
            fc.constantFrom(...ctx.callCenterKeys).map((k) => ({ 'x-api-key': k.toUpperCase() })),
            fc.constant({ 'x-api-key': `la_cc_blora_${'A'.repeat(43)}` }),
          )
          .map((headers) => ({ headers, valid: false })),
      },
    );
    return fc.record({ body: call, key, noise: headerNoise }).map(({ body, key: { headers, valid }, noise }) =>
      request('POST', '/api/v1/call-center/transcripts', { body, headers, noise, note: valid ? 'valid key' : 'no valid key' }, valid ? api : { kind: 'api', statuses: [401] }),
    );
  },

  'GET /webhooks/whatsapp': (ctx) =>
    fc
      .record({
        mode: fc.oneof({ weight: 3, arbitrary: fc.constant('subscribe') }, { weight: 1, arbitrary: anyString }),
        token: fc.oneof({ weight: 3, arbitrary: fc.constant(ctx.verifyToken) }, { weight: 1, arbitrary: anyString }),
        challenge: fc.oneof({ weight: 3, arbitrary: fc.stringMatching(/^[0-9]{1,20}$/) }, { weight: 1, arbitrary: anyString }),
        noise: headerNoise,
      })
      .map(({ mode, token, challenge, noise }) => {
        const query = `hub.mode=${percentEncode(mode)}&hub.verify_token=${percentEncode(token)}&hub.challenge=${percentEncode(challenge)}`;
        const valid = mode === 'subscribe' && token === ctx.verifyToken && /^[A-Za-z0-9._-]{1,256}$/.test(challenge);
        return request('GET', `/webhooks/whatsapp?${query}`, { noise }, valid ? { kind: 'webhook', statuses: [200], okBody: challenge } : { kind: 'webhook', statuses: [403] });
      }),

  'POST /webhooks/whatsapp': (ctx) =>
    fc
      .record({
        body: webhookPayload(ctx).chain((valid) => jsonBodies(valid)),
        signature: fc.oneof(
          { weight: 6, arbitrary: fc.constant('signed') },
          { weight: 1, arbitrary: fc.constantFrom('missing', 'forged', 'other body', 'wrong prefix') },
        ),
        forged: fc.stringMatching(/^[0-9a-f]{64}$/),
        noise: headerNoise,
      })
      .map(({ body, signature, forged, noise }) => {
        const genuine = signWebhookBody(body.body, ctx.appSecret);
        const header: Record<string, string> = {
          signed: { 'x-hub-signature-256': genuine },
          missing: {},
          forged: { 'x-hub-signature-256': `sha256=${forged}` },
          'other body': { 'x-hub-signature-256': signWebhookBody(Buffer.concat([body.body, Buffer.from(' ')]), ctx.appSecret) },
          'wrong prefix': { 'x-hub-signature-256': genuine.replace('sha256=', 'sha1=') },
        }[signature] ?? {};
        // Meta's documented answers: 200 when done, 401 for a bad signature, 400 for a body it could never send.
        // Bytes that are not UTF-8 under a JSON content type reach the function re-encoded (as through API
        // Gateway), so even a genuine signature no longer matches them.
        const expect: Expectation =
          signature !== 'signed'
            ? { kind: 'webhook', statuses: [401, 413] }
            : { kind: 'webhook', statuses: isUtf8(body.body) ? [200, 400, 413] : [200, 400, 401, 413] };
        return request('POST', '/webhooks/whatsapp', { body, headers: header, noise, note: `signature ${signature}` }, expect);
      }),

  'GET /api/v1/staff/cases/{caseId}/timeline': genericFuzzer('GET /api/v1/staff/cases/{caseId}/timeline', timelineQuery),
};

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Staff bodies: a superset of the staff requests' fields, so mutations start from something valid. */
const STAFF_BODY = {
  status: 'asesmen',
  assignee: 'me',
  urgency: 'DARURAT',
  formsOfViolence: ['fisik'],
  place: 'rumah_tangga',
  victim: { ageBand: '6_12', sex: 'perempuan', disability: { present: false }, education: 'sd' },
  perpetrators: [{ sex: 'laki_laki', ageBand: '25_44', relation: 'orang_tua' }],
  text: 'Catatan uji: kunjungan rumah dijadwalkan.',
  reason: 'menghubungi pelapor untuk penjangkauan',
  closingReason: 'terminasi',
  decision: 'return',
  reasonKind: 'penjangkauan_korban',
  approve: true,
  expectedVersion: 1,
};

/** For routes without their own generator: anything in the path parameters, query and body; with or without a staff token. */
export function genericFuzzer(routeKey: string, query: fc.Arbitrary<string> = queryString): RouteFuzzer {
  const [method = 'GET', template = '/'] = routeKey.split(' ');
  const needsStaffToken = template.startsWith('/api/v1/staff/');
  return (ctx) => {
    const params = template.split('/').map((part) =>
      part.startsWith('{') ? segment(part === '{tenant}' ? ctx.tenants : ctx.caseIds.length > 0 ? ctx.caseIds : ['x']) : fc.constant(part),
    );
    const auth = fc.oneof(
      ...(ctx.staffTokens.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...ctx.staffTokens).map((t) => ({ token: `Bearer ${t}`, valid: true })) }] : []),
      {
        weight: 2,
        arbitrary: fc
          .oneof(
            fc.constant(undefined),
            headerValue.map((v) => `Bearer ${v}`),
            fc.constantFrom('Bearer', 'Basic YWRtaW46YWRtaW4=', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'),
            ...(ctx.staffTokens.length > 0 ? [fc.constantFrom(...ctx.staffTokens).map((t) => `Bearer ${t.slice(0, -3)}abc`)] : []),
          )
          .map((token) => ({ token, valid: false })),
      },
    );
    return fc
      .record({
        path: fc.tuple(...params).map((parts) => parts.join('/')),
        query,
        body: method === 'GET' ? fc.constant(undefined) : jsonBodies(STAFF_BODY),
        auth,
        noise: headerNoise,
      })
      .map(({ path, query, body, auth: { token, valid }, noise }) =>
        request(
          method,
          `${path}${query}`,
          { body, noise, headers: token === undefined ? {} : { authorization: token }, note: valid ? 'staff token' : 'no valid staff token' },
          needsStaffToken && !valid ? { kind: 'staff', statuses: [401] } : { kind: 'staff' },
        ),
      );
  };
}

export function fuzzerFor(routeKey: string): RouteFuzzer {
  return ROUTE_FUZZERS[routeKey] ?? genericFuzzer(routeKey);
}

/** Routes with a generator of their own (a stale one, for a route gone from ROUTES, fails the coverage test). */
export const SPECIFIC_ROUTES: readonly string[] = Object.keys(ROUTE_FUZZERS);
