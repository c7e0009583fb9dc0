import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDevTokenSigner } from '#local/dev-login-keys.js';
import { ROUTES } from '#shared/http/routes.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
let caseId: string;
beforeAll(async () => {
  runtime = await startTestRuntime();
  caseId = (await reportCase(runtime, 'blora', namedReportJson())).caseId;
});
afterAll(async () => {
  await runtime.stop();
});

const STAFF_ROUTES = ROUTES.filter((r) => r.functionName === 'staff-api' || r.functionName === 'reveal-identity').map(
  (r) => r.routeKey,
);
const BLORA_RESPONDER = {
  sub: 'dev-blora-responder',
  email: 'petugas.blora@dev.lapor-aman.local',
  name: 'Petugas jaga Blora',
  tenantId: 'blora',
  role: 'responder',
} as const;

async function call(routeKey: string, authorization?: string) {
  const [method = 'GET', template = ''] = routeKey.split(' ');
  const response = await fetch(`${runtime.url}${template.replace('{caseId}', caseId)}`, {
    method,
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: method === 'POST' ? JSON.stringify({ status: 'asesmen', expectedVersion: 1, reason: 'Alasan yang cukup panjang' }) : undefined,
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, any> };
}

describe('staff authentication', () => {
  it.each(STAFF_ROUTES)('answers 401 UNAUTHENTICATED on %s when no token is sent', async (routeKey) => {
    // Act
    const { status, json, headers } = await call(routeKey);

    // Assess
    expect(status).toBe(401);
    expect(json.code).toBe('UNAUTHENTICATED');
    expect(headers.get('set-cookie')).toBeNull();
    expect(headers.get('cache-control')).toContain('no-store');
  });

  it('refuses a token signed by another key even when its claims are right', async () => {
    // Prepare
    const forger = createDevTokenSigner(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);

    // Act
    const { status, json } = await call('GET /api/v1/staff/cases', `Bearer ${forger.sign(BLORA_RESPONDER)}`);

    // Assess
    expect(status).toBe(401);
    expect(json.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a genuine token whose tenant claim was edited', async () => {
    // Prepare
    const [header, payload, signature] = runtime.staff.login.tokenFor('purwakarta', 'supervisor').split('.');
    const claims = JSON.parse(Buffer.from(String(payload), 'base64url').toString('utf8'));
    const edited = Buffer.from(JSON.stringify({ ...claims, 'custom:tenant': 'blora' })).toString('base64url');

    // Act
    const { status } = await call(`GET /api/v1/staff/cases/{caseId}`, `Bearer ${header}.${edited}.${signature}`);

    // Assess
    expect(status).toBe(401);
  });

  it('refuses an expired token', async () => {
    // Prepare
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - 2 * 3_600_000 });
    const old = runtime.staff.login.tokenFor('blora', 'responder');
    vi.useRealTimers();

    // Act
    const { status } = await call('GET /api/v1/staff/me', `Bearer ${old}`);

    // Assess
    expect(status).toBe(401);
  });

  it('refuses a token without a staff role or with an unknown one', async () => {
    // Prepare
    const roleless = runtime.staff.login.signer.sign({ ...BLORA_RESPONDER, role: 'admin' as never });

    // Act
    const { status } = await call('GET /api/v1/staff/me', `Bearer ${roleless}`);

    // Assess
    expect(status).toBe(401);
  });

  it('answers 403 when a valid token names a regency this deployment does not serve', async () => {
    // Prepare
    const stranger = runtime.staff.login.signer.sign({ ...BLORA_RESPONDER, tenantId: 'atlantis' });

    // Act
    const { status, json } = await call('GET /api/v1/staff/cases', `Bearer ${stranger}`);

    // Assess
    expect(status).toBe(403);
    expect(json.code).toBe('FORBIDDEN');
  });

  it('tells the console who is signed in and for which regency', async () => {
    // Act
    const { status, json } = await call('GET /api/v1/staff/me', `Bearer ${runtime.staff.login.tokenFor('mesuji', 'supervisor')}`);

    // Assess
    expect(status).toBe(200);
    expect(json.staff).toEqual({ tenantId: 'mesuji', role: 'supervisor', id: 'supervisor.mesuji@dev.lapor-aman.local', name: 'Supervisor Mesuji' });
    expect(json.tenant).toMatchObject({ id: 'mesuji', timeZone: 'Asia/Jakarta', zoneName: 'WIB' });
    expect(json.tenant.responseHours).toEqual({ DARURAT: 1, TINGGI: 6, NORMAL: 24 });
    expect(json.tenant.kecamatan).toContain('Way Serdang');
  });
});
