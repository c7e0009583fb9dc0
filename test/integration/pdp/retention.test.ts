import { randomBytes } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SealedEnvelope } from '#shared/crypto/envelope.js';
import { EnvelopeIdentityVault } from '#shared/crypto/identity-vault.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import { keys } from '#shared/store/table-design.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, type TestClock } from '../../support/test-clock.js';

const masterKey = randomBytes(32);
let runtime: TestRuntime;
let clock: TestClock;
beforeAll(async () => {
  clock = createTestClock('2020-01-10T03:00:00.000Z');
  runtime = await startTestRuntime({ masterKey, clock });
});
afterAll(async () => {
  await runtime.stop();
});

/** A named case with a note, closed at the clock's time. */
async function closedCase(): Promise<string> {
  const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
  const staff = staffClient(runtime, 'blora', 'supervisor');
  await staff.post(`/cases/${caseId}/notes`, { text: 'Bu Wartini bersedia didampingi', expectedVersion: 1 });
  await staff.post(`/cases/${caseId}/status`, { status: 'asesmen', expectedVersion: 2 });
  const closed = await staff.post(`/cases/${caseId}/status`, { status: 'selesai', closingReason: 'terminasi', expectedVersion: 3 });
  expect(closed.status).toBe(200);
  return caseId;
}

const caseItem = async (caseId: string) =>
  (await runtime.dynamo.documents.send(new GetCommand({ TableName: runtime.tableName, Key: keys.case('blora', caseId) }))).Item;

describe('retention (Blora keeps personal data 5 years and routing fields 10 years after closure)', () => {
  it('destroys a closed case past its retention, leaves a tombstone, and keeps it in the numbers', async () => {
    // Prepare
    clock.set('2020-01-10T03:00:00.000Z');
    const caseId = await closedCase();
    const backup = await caseItem(caseId);
    await runtime.applyRetention(); // plans it
    clock.set('2024-12-31T03:00:00.000Z');
    const early = await runtime.applyRetention();

    // Act
    clock.set('2025-01-11T03:00:00.000Z');
    const due = await runtime.applyRetention();

    // Assess
    expect(early.destroyed).toBe(0);
    expect(due).toMatchObject({ destroyed: 1, failed: 0 });
    const after = await caseItem(caseId);
    expect(after).not.toHaveProperty('details');
    expect(after).not.toHaveProperty('identity');
    expect(after).toMatchObject({ category: backup?.category, status: 'selesai', closedAt: backup?.closedAt });
    const vault = new EnvelopeIdentityVault(new MasterKeyDataKeyProvider(masterKey), runtime.caseSecrets);
    await expect(vault.open({ tenant: 'blora', caseId, purpose: 'identity' }, backup?.identity as SealedEnvelope)).rejects.toThrow();
    const supervisor = staffClient(runtime, 'blora', 'supervisor');
    const view = await supervisor.get(`/cases/${caseId}`);
    expect(view.status).toBe(200);
    expect(view.json.timeline.at(-1)).toMatchObject({ kind: 'retention', destroyed: 'personal', rule: { personalDataYears: 5 } });
    expect(view.json.timeline.find((entry: { kind: string }) => entry.kind === 'erased')).toMatchObject({ was: 'note' });
    expect(JSON.stringify(await runtime.scanAll())).not.toContain(CANARY.name);
    const numbers = await supervisor.get('/numbers?year=2020');
    expect(numbers.json.total).toBe(1);
  });

  it('removes the case once its routing fields are due', async () => {
    // Prepare
    clock.set('2010-06-01T03:00:00.000Z');
    const caseId = await closedCase();
    clock.set('2010-06-02T03:00:00.000Z');
    await runtime.applyRetention();
    clock.set('2015-06-02T03:00:00.000Z');
    await runtime.applyRetention();

    // Act
    clock.set('2020-06-02T03:00:00.000Z');
    const report = await runtime.applyRetention();

    // Assess
    expect(report.removed).toBeGreaterThanOrEqual(1);
    expect(await caseItem(caseId)).toBeUndefined();
  });

  it('keeps an open case whatever its age', async () => {
    // Prepare
    clock.set('2001-01-01T03:00:00.000Z');
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    clock.set('2030-01-01T03:00:00.000Z');
    await runtime.applyRetention();
    await runtime.applyRetention();

    // Assess
    expect(await caseItem(caseId)).toHaveProperty('details');
  });
});

describe('legal hold', () => {
  it('keeps everything of a held case past its retention, and destroys it once released', async () => {
    // Prepare
    clock.set('2012-03-01T03:00:00.000Z');
    const caseId = await closedCase();
    const supervisor = staffClient(runtime, 'blora', 'supervisor');
    const held = await supervisor.post(`/cases/${caseId}/hold`, {
      held: true,
      reasonKind: 'pengadilan',
      reason: 'Perkara PN Blora No. 12/Pid.Sus/2012, saksi Bu Wartini',
      expectedVersion: 4,
    });

    // Act
    clock.set('2019-03-02T03:00:00.000Z');
    await runtime.applyRetention();
    await runtime.applyRetention();
    const whileHeld = await caseItem(caseId);
    const released = await staffClient(runtime, 'blora', 'supervisor').post(`/cases/${caseId}/hold`, {
      held: false,
      reasonKind: 'pengadilan',
      reason: 'Putusan berkekuatan hukum tetap',
      expectedVersion: 5,
    });
    await runtime.applyRetention();
    await runtime.applyRetention();

    // Assess
    expect(held.status).toBe(200);
    expect(whileHeld).toHaveProperty('details');
    expect(whileHeld).toMatchObject({ legalHold: { reasonKind: 'pengadilan' } });
    expect(released.status).toBe(200);
    expect(await caseItem(caseId)).not.toHaveProperty('details');
    expect(JSON.stringify(await runtime.scanAll())).not.toContain('Wartini');
  });

  it('answers 403 when a responder tries to hold a case', async () => {
    // Prepare
    clock.set('2026-01-01T03:00:00.000Z');
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const refused = await staffClient(runtime, 'blora', 'responder').post(`/cases/${caseId}/hold`, {
      held: true,
      reasonKind: 'kepolisian',
      reason: 'Permintaan penyidik',
      expectedVersion: 1,
    });

    // Assess
    expect(refused.status).toBe(403);
    expect(await caseItem(caseId)).not.toHaveProperty('legalHold');
  });
});
