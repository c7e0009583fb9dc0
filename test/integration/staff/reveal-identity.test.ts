import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRevealIdentityHandler } from '#functions/reveal-identity/handler.js';
import type { HttpEvent } from '#shared/http/http-types.js';
import type { IdentityVault } from '#shared/crypto/identity-vault.js';
import { crashingAt } from '../../support/alert-faults.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const REASON = 'Menghubungi pelapor untuk penjangkauan korban hari ini';
const BODY = { reasonKind: 'penjangkauan_korban', reason: REASON };
const auditItems = async () => (await runtime.scanAll()).filter((item) => item.type === 'RevealAudit');

/** The reveal function invoked as API Gateway would, with some of its adapters replaced. */
function revealEvent(caseId: string, token: string, body: unknown): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'POST /api/v1/staff/cases/{caseId}/reveal',
    rawPath: `/api/v1/staff/cases/${caseId}/reveal`,
    rawQueryString: '',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    pathParameters: { caseId },
    requestContext: {} as HttpEvent['requestContext'],
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

describe('revealing a reporter identity', () => {
  it('answers 400 and records nothing when no reason is given', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');
    const before = (await auditItems()).length;

    // Act
    const missing = await responder.post(`/cases/${caseId}/reveal`, {});
    const blank = await responder.post(`/cases/${caseId}/reveal`, { reasonKind: 'lainnya', reason: '   ' });

    // Assess
    expect([missing.status, blank.status]).toEqual([400, 400]);
    expect(missing.json).toMatchObject({ code: 'INVALID_FIELDS', details: expect.arrayContaining([expect.objectContaining({ field: 'reason' })]) });
    expect(missing.text).not.toContain(CANARY.name);
    expect(await auditItems()).toHaveLength(before);
  });

  it('returns the identity and leaves an audit record of who, when and the reason kind, its words sealed, when a reason is given', async () => {
    // Prepare
    const { caseId, reference } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');

    // Act
    const { status, json } = await responder.post(`/cases/${caseId}/reveal`, BODY);

    // Assess
    expect(status).toBe(200);
    expect(json.identity).toEqual({ name: CANARY.name, phone: CANARY.phoneE164, nik: CANARY.nik, address: CANARY.address });
    const audit = (await auditItems()).find((item) => item.auditId === json.auditId);
    expect(audit).toMatchObject({
      tenantId: 'blora',
      caseId,
      reference,
      reasonKind: 'penjangkauan_korban',
      at: json.revealedAt,
      by: { id: 'petugas.blora@dev.lapor-aman.local', name: 'Petugas jaga Blora', role: 'responder' },
    });
    expect(audit).not.toHaveProperty('reason');
    expect(audit?.sealedReason).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain(CANARY.name);
    expect(JSON.stringify(audit)).not.toContain(REASON);
  });

  it('writes the audit record before it decrypts the identity', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const order: string[] = [];
    const deps = runtime.staff.revealDeps;
    const vault: IdentityVault = {
      seal: (context, value) => deps.vault.seal(context, value),
      open: async (context, envelope) => {
        order.push(`open:${(await auditItems()).some((item) => item.caseId === caseId) ? 'audited' : 'unaudited'}`);
        return deps.vault.open(context, envelope);
      },
    };
    const handler = createRevealIdentityHandler({ ...deps, vault });

    // Act
    const result = await handler(revealEvent(caseId, runtime.staff.login.tokenFor('blora', 'responder'), BODY), {} as never);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(order).toEqual(['open:audited']);
  });

  it('reveals nothing when the audit record cannot be written', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const opened: string[] = [];
    const deps = runtime.staff.revealDeps;
    const vault: IdentityVault = {
      seal: (context, value) => deps.vault.seal(context, value),
      open: (context, envelope) => {
        opened.push(context.purpose);
        return deps.vault.open(context, envelope);
      },
    };
    const handler = createRevealIdentityHandler({ ...deps, audit: crashingAt(deps.audit, 'recordReveal'), vault });

    // Act
    const result = await handler(revealEvent(caseId, runtime.staff.login.tokenFor('blora', 'responder'), BODY), {} as never);

    // Assess
    expect(result.statusCode).toBe(503);
    expect(JSON.parse(String(result.body)).code).toBe('AUDIT_UNAVAILABLE');
    expect(result.body).not.toContain(CANARY.name);
    expect(result.body).not.toContain(CANARY.phoneE164);
    expect(opened).toEqual([]);
  });

  it('says there is no identity with 409 NO_IDENTITY when the reporter stayed anonymous', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson({ reporter: { anonymous: true } }));
    const responder = staffClient(runtime, 'blora');
    const before = (await auditItems()).length;

    // Act
    const { status, json } = await responder.post(`/cases/${caseId}/reveal`, BODY);

    // Assess
    expect(status).toBe(409);
    expect(json.code).toBe('NO_IDENTITY');
    expect(await auditItems()).toHaveLength(before);
  });

  it('shows the reveal on the case timeline and in the audit log for supervisors only', async () => {
    // Prepare
    const { caseId, reference } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora', 'responder');
    const supervisor = staffClient(runtime, 'blora', 'supervisor');
    await responder.post(`/cases/${caseId}/reveal`, BODY);

    // Act
    const log = await supervisor.get('/audit/reveals');
    const refused = await responder.get('/audit/reveals');
    const view = await responder.get(`/cases/${caseId}`);

    // Assess
    expect(log.status).toBe(200);
    expect(log.json.reveals[0]).toMatchObject({ caseId, reference, reasonKind: 'penjangkauan_korban', by: { role: 'responder' } });
    expect(log.text).not.toContain(REASON);
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe('FORBIDDEN');
    expect(view.json.timeline).toContainEqual(expect.objectContaining({ kind: 'reveal', reasonKind: 'penjangkauan_korban' }));
    expect(view.text).not.toContain(REASON);
    expect(view.json).not.toHaveProperty('identity');
    expect(view.text).not.toContain(CANARY.name);
  });
});
