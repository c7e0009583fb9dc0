import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const PURPOSE = 'Korban pindah ke rumah bibinya di Purwakarta. tujuan-rujukan-5521';
const victimConsent = { given: true, by: 'guardian', recordedAt: '2026-03-02T09:00:00+07:00' };

async function referToPurwakarta(shareDetails: boolean, submissionId: string) {
  const added = await staffClient(runtime, 'blora', 'supervisor').post('/partners', {
    kind: 'uptd_lain',
    name: 'UPTD PPA Purwakarta',
    contact: '0878-2060-0744',
    targetTenantId: 'purwakarta',
  });
  const source = await reportCase(runtime, 'blora', namedReportJson());
  const referral = {
    partnerId: added.json.partnerId,
    purpose: PURPOSE,
    shareDetails,
    ...(shareDetails ? { consent: victimConsent } : {}),
    expectedVersion: 1,
    submissionId,
  };
  const response = await staffClient(runtime, 'blora').post(`/cases/${source.caseId}/referrals`, referral);
  return { source, referral, response };
}

async function findPurwakartaCase(reference: string) {
  const target = staffClient(runtime, 'purwakarta');
  const [listed] = (await target.get(`/cases?reference=${reference}`)).json.cases as { caseId: string }[];
  return (await target.get(`/cases/${listed?.caseId}`)).json;
}

describe('a referral to another regency’s UPTD on this deployment', () => {
  it('opens a new case there with routing fields only when details are not shared, and its own alert', async () => {
    // Act
    const { source, response } = await referToPurwakarta(false, 'form-routing-0001');

    // Assess
    expect(response.status).toBe(201);
    const linked = response.json.referral.linkedCase;
    expect(linked).toEqual({ tenantId: 'purwakarta', reference: expect.stringMatching(/^[A-Z]+-\d{4}-\d{5}$/) });
    const target = await findPurwakartaCase(linked.reference);
    expect(target).toMatchObject({
      channel: 'rujukan',
      category: expect.any(String),
      urgency: expect.any(String),
      hasIdentity: false,
      hasVictimContact: false,
      referredFrom: { tenantId: 'blora', regency: expect.stringContaining('Blora'), referralId: response.json.referral.referralId },
    });
    expect(target.kecamatan).toBeUndefined();
    const shown = JSON.stringify(target);
    for (const secret of [CANARY.narrative, CANARY.name, CANARY.phone, 'RT 03 RW 02', 'tujuan-rujukan-5521', source.caseId]) {
      expect(shown).not.toContain(secret);
    }
    expect(target.details.victim).toEqual({ ageGroup: 'tidak_tahu', gender: 'tidak_tahu', relationToReporter: 'lainnya' });
    expect(runtime.printed.some((line) => line.startsWith('[alert → ') && line.includes(linked.reference))).toBe(true);
  });

  it('re-seals the details for the other regency with consent, never the identity, and shows the reference on the source timeline', async () => {
    // Act
    const { source, response } = await referToPurwakarta(true, 'form-details-0001');

    // Assess
    expect(response.status).toBe(201);
    const linked = response.json.referral.linkedCase;
    const target = await findPurwakartaCase(linked.reference);
    expect(target.details).toMatchObject({
      narrative: expect.stringContaining(CANARY.narrative),
      victim: { ageGroup: 'anak_6_12', gender: 'perempuan' },
      locationDetail: 'RT 03 RW 02 dekat balai desa',
    });
    expect(target.details.narrative).toContain('tujuan-rujukan-5521');
    const shown = JSON.stringify(target);
    for (const secret of [CANARY.name, CANARY.phone, CANARY.nik, source.caseId]) expect(shown).not.toContain(secret);
    const items = await runtime.scanAll();
    const targetItem = items.find((item) => item.type === 'Case' && item.reference === linked.reference);
    expect(targetItem?.identity).toBeUndefined();
    expect(JSON.stringify(targetItem)).not.toContain(CANARY.narrative);
    const sourceView = (await staffClient(runtime, 'blora').get(`/cases/${source.caseId}`)).json;
    expect(sourceView.timeline.at(-1)).toMatchObject({ kind: 'referral', linkedCase: linked });
  });

  it('never opens two cases for a retried referral', async () => {
    // Prepare
    const { source, referral, response } = await referToPurwakarta(false, 'form-retry-0001');
    const responder = staffClient(runtime, 'blora');

    // Act
    const retry = await responder.post(`/cases/${source.caseId}/referrals`, referral);

    // Assess
    expect(retry.status).toBe(201);
    expect(retry.json.referral).toEqual(response.json.referral);
    const opened = (await runtime.scanAll()).filter(
      (item) => item.type === 'Case' && item.tenantId === 'purwakarta' && (item.referredFrom as { referralId?: string })?.referralId === response.json.referral.referralId,
    );
    expect(opened).toHaveLength(1);
    const sourceView = (await responder.get(`/cases/${source.caseId}`)).json;
    expect(sourceView.referrals).toHaveLength(1);
  });

  it('keeps each regency’s cases its own: the target gets 404 on the original, the source on the new case', async () => {
    // Prepare
    const { source, response } = await referToPurwakarta(true, 'form-isolation-0001');
    const target = await findPurwakartaCase(response.json.referral.linkedCase.reference);

    // Act
    const originalFromTarget = await staffClient(runtime, 'purwakarta').get(`/cases/${source.caseId}`);
    const newFromSource = await staffClient(runtime, 'blora').get(`/cases/${target.caseId}`);

    // Assess
    expect([originalFromTarget.status, newFromSource.status]).toEqual([404, 404]);
  });

  it('refuses a referral to another regency without a submissionId (400), before any case is opened', async () => {
    // Prepare
    const { source, referral } = await referToPurwakarta(false, 'form-first-0001');
    const { submissionId: _id, ...withoutId } = referral;

    // Act
    const refused = await staffClient(runtime, 'blora').post(`/cases/${source.caseId}/referrals`, { ...withoutId, expectedVersion: 2 });

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe('SUBMISSION_ID_REQUIRED');
  });
});
