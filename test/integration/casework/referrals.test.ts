import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const OVERRIDE_REASON = 'Korban anak dalam bahaya, wali adalah terduga pelaku. alasan-override-9914';
const guardianConsent = { given: true, by: 'guardian', recordedAt: '2026-03-02T09:00:00+07:00' };

async function addPartner(tenantId: string, partner: Record<string, unknown>): Promise<string> {
  const added = await staffClient(runtime, tenantId, 'supervisor').post('/partners', partner);
  expect(added.status).toBe(201);
  return String(added.json.partnerId);
}

describe('partner directory', () => {
  it('is kept by supervisors: a responder cannot add a partner, and a disabled one cannot be referred to', async () => {
    // Prepare
    const responder = staffClient(runtime, 'blora');
    const partnerId = await addPartner('blora', { kind: 'rsud', name: 'RSUD Blora', contact: '0296-531118' });

    // Act
    const byResponder = await responder.post('/partners', { kind: 'psikolog', name: 'Biro Psikologi', contact: '0812' });
    const disabledByResponder = await responder.post(`/partners/${partnerId}/disable`, {});
    const disabled = await staffClient(runtime, 'blora', 'supervisor').post(`/partners/${partnerId}/disable`, {});
    const listed = await responder.get('/partners');
    const otherRegency = await staffClient(runtime, 'purwakarta').get('/partners');
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const referral = await responder.post(`/cases/${caseId}/referrals`, { partnerId, purpose: 'Visum', shareDetails: false, expectedVersion: 1 });

    // Assess
    expect([byResponder.status, disabledByResponder.status, disabled.status]).toEqual([403, 403, 200]);
    expect(listed.json.partners).toContainEqual(expect.objectContaining({ partnerId, name: 'RSUD Blora', active: false }));
    expect(otherRegency.json.partners).toEqual([]);
    expect(referral.status).toBe(404);
    const audit = (await runtime.scanAll()).filter((item) => item.type === 'CaseworkAudit' && item.partnerId === partnerId);
    expect(audit.map((item) => item.action).sort()).toEqual(['partner-added', 'partner-disabled']);
  });

  it('answers 400 for another regency’s UPTD that is not on this deployment, and for a missing kind', async () => {
    // Prepare
    const supervisor = staffClient(runtime, 'blora', 'supervisor');

    // Act
    const nowhere = await supervisor.post('/partners', { kind: 'uptd_lain', name: 'UPTD Entah', contact: '-', targetTenantId: 'tidak-ada' });
    const withoutTenant = await supervisor.post('/partners', { kind: 'uptd_lain', name: 'UPTD Entah', contact: '-' });
    const noKind = await supervisor.post('/partners', { name: 'Tanpa jenis', contact: '-' });

    // Assess
    expect([nowhere.status, withoutTenant.status, noKind.status]).toEqual([404, 400, 400]);
  });
});

describe('referrals, consent first', () => {
  it('refuses to share a child victim’s details without the guardian’s consent, and accepts it with it', async () => {
    // Prepare
    const partnerId = await addPartner('blora', { kind: 'psikolog', name: 'Psikolog Puskesmas Cepu', contact: '0296-1' });
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');
    const referral = { partnerId, purpose: 'Konseling trauma', shareDetails: true, expectedVersion: 1 };

    // Act
    const withoutConsent = await responder.post(`/cases/${caseId}/referrals`, referral);
    const childsOwn = await responder.post(`/cases/${caseId}/referrals`, { ...referral, consent: { ...guardianConsent, by: 'victim' } });
    const refused = await responder.post(`/cases/${caseId}/referrals`, { ...referral, consent: { ...guardianConsent, given: false } });
    const withConsent = await responder.post(`/cases/${caseId}/referrals`, { ...referral, consent: guardianConsent });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect([withoutConsent.status, childsOwn.status, refused.status]).toEqual([422, 422, 422]);
    expect(withoutConsent.json.code).toBe('CONSENT_REQUIRED');
    expect(withConsent.status).toBe(201);
    expect(view.referrals).toEqual([
      expect.objectContaining({ status: 'dirujuk', shareDetails: true, overridden: false, partner: expect.objectContaining({ name: 'Psikolog Puskesmas Cepu' }) }),
    ]);
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'referral', purpose: 'Konseling trauma', consent: guardianConsent });
  });

  it('lets only a supervisor override missing consent, with a written reason that is sealed and audited', async () => {
    // Prepare
    const partnerId = await addPartner('blora', { kind: 'polisi_ppa', name: 'Unit PPA Polres Blora', contact: '110' });
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const referral = { partnerId, purpose: 'Laporan polisi', shareDetails: true, expectedVersion: 1 };

    // Act
    const byResponder = await staffClient(runtime, 'blora').post(`/cases/${caseId}/referrals`, { ...referral, override: { reason: OVERRIDE_REASON } });
    const supervisor = staffClient(runtime, 'blora', 'supervisor');
    const noReason = await supervisor.post(`/cases/${caseId}/referrals`, { ...referral, override: { reason: ' ' } });
    const overridden = await supervisor.post(`/cases/${caseId}/referrals`, { ...referral, override: { reason: OVERRIDE_REASON } });
    const view = (await supervisor.get(`/cases/${caseId}`)).json;

    // Assess
    expect([byResponder.status, noReason.status, overridden.status]).toEqual([403, 400, 201]);
    expect(overridden.json.referral).toMatchObject({ overridden: true, shareDetails: true });
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'referral', overridden: true, overrideReason: OVERRIDE_REASON });
    const items = await runtime.scanAll();
    expect(items.filter((item) => item.type === 'CaseworkAudit' && item.action === 'consent-override' && item.caseId === caseId)).toEqual([
      expect.objectContaining({ referralId: overridden.json.referral.referralId, by: expect.objectContaining({ role: 'supervisor' }) }),
    ]);
    expect(JSON.stringify(items)).not.toContain('alasan-override-9914');
  });

  it('moves a referral one step at a time and refuses a skipped step, an unknown partner or referral', async () => {
    // Prepare
    const partnerId = await addPartner('blora', { kind: 'bantuan_hukum', name: 'LBH Blora', contact: '0296-2' });
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const responder = staffClient(runtime, 'blora');
    const created = await responder.post(`/cases/${caseId}/referrals`, { partnerId, purpose: 'Pendampingan hukum', shareDetails: false, expectedVersion: 1 });
    const path = `/cases/${caseId}/referrals/${created.json.referral.referralId}/status`;

    // Act
    const skipped = await responder.post(path, { status: 'selesai', date: '2026-01-05', expectedVersion: 2 });
    const unknownPartner = await responder.post(`/cases/${caseId}/referrals`, { partnerId: 'TIDAKADA', purpose: 'x', shareDetails: false, expectedVersion: 2 });
    const unknownReferral = await responder.post(`/cases/${caseId}/referrals/TIDAKADA/status`, { status: 'diterima', date: '2026-01-05', expectedVersion: 2 });
    const refusedWithoutReason = await responder.post(path, { status: 'ditolak', date: '2026-01-05', expectedVersion: 2 });
    const accepted = await responder.post(path, { status: 'diterima', date: '2026-01-05', expectedVersion: 2 });
    const finished = await responder.post(path, { status: 'selesai', date: '2026-01-20', expectedVersion: 3 });
    const view = (await responder.get(`/cases/${caseId}`)).json;

    // Assess
    expect(skipped.status).toBe(409);
    expect(skipped.json.code).toBe('INVALID_REFERRAL_STEP');
    expect([unknownPartner.status, unknownReferral.status, refusedWithoutReason.status]).toEqual([404, 404, 400]);
    expect([accepted.status, finished.status]).toEqual([200, 200]);
    expect(view.referrals).toEqual([expect.objectContaining({ status: 'selesai', statusDate: '2026-01-20' })]);
    expect(view.timeline.filter((entry: { kind: string }) => entry.kind === 'referralStatus')).toMatchObject([
      { from: 'dirujuk', to: 'diterima', date: '2026-01-05' },
      { from: 'diterima', to: 'selesai', date: '2026-01-20' },
    ]);
  });
});
