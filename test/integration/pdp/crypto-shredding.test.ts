import { randomBytes } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseKeyDestroyedError } from '#shared/crypto/case-secrets.js';
import type { SealedEnvelope } from '#shared/crypto/envelope.js';
import { EnvelopeIdentityVault } from '#shared/crypto/identity-vault.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import { submitReport } from '#shared/intake/submit-report.js';
import { destroyCasePersonalData } from '#shared/pdp/destroy-case-personal-data.js';
import { systemClock } from '#shared/platform.js';
import { DynamoSealedPartEraser } from '#shared/store/dynamo-sealed-part-eraser.js';
import { keys } from '#shared/store/table-design.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY } from '../../support/report-fixtures.js';
import { staffClient } from '../../support/staff/staff-client.js';

const masterKey = randomBytes(32);
let runtime: TestRuntime;
let vault: EnvelopeIdentityVault;
beforeAll(async () => {
  runtime = await startTestRuntime({ masterKey });
  vault = new EnvelopeIdentityVault(new MasterKeyDataKeyProvider(masterKey), runtime.caseSecrets);
});
afterAll(async () => {
  await runtime.stop();
});

/** A named WhatsApp report with a photo, and a staff note: every kind of sealed part a case has. */
async function caseWithEverything(objectId: string) {
  const tenant = await runtime.deps.tenants.find('blora');
  if (!tenant) throw new Error('blora not seeded');
  const photo = await runtime.whatsapp.deps.media.put({ tenantId: 'blora', objectId, contentType: 'image/jpeg', bytes: randomBytes(64) });
  const receipt = await submitReport(
    runtime.deps,
    tenant,
    {
      channel: 'whatsapp',
      channelRef: `conversation:${objectId}`,
      service: 'pengaduan_kekerasan',
      narrative: CANARY.narrative,
      victim: {},
      reporter: { anonymous: false, name: CANARY.name, phone: CANARY.phone },
      consent: { dataProcessing: true },
    },
    { conversation: true, media: [{ ...photo, kind: 'image' }] },
  );
  const item = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === receipt.reference);
  const caseId = String(item?.caseId);
  await staffClient(runtime, 'blora').post(`/cases/${caseId}/notes`, { text: 'Bu Wartini bersedia didampingi', expectedVersion: 1 });
  return caseId;
}

const rawItem = async (key: Record<string, string>) =>
  (await runtime.dynamo.documents.send(new GetCommand({ TableName: runtime.tableName, Key: key }))).Item ?? {};

describe('destroyCasePersonalData', () => {
  it('leaves no sealed part or file, and an old copy of the ciphertext no longer opens', async () => {
    // Prepare
    const caseId = await caseWithEverything('wa-shred-photo-0001');
    const context = { tenant: 'blora', caseId } as const;
    // What a point-in-time restore of the table would bring back.
    const backup = await rawItem(keys.case('blora', caseId));
    const noteBackup = await rawItem(keys.caseEvent('blora', caseId, 2));
    expect(await vault.open({ ...context, purpose: 'identity' }, backup.identity as SealedEnvelope)).toMatchObject({ name: CANARY.name });

    // Act
    const destroyed = await destroyCasePersonalData(
      { eraser: new DynamoSealedPartEraser(runtime.dynamo.documents, runtime.tableName), vault, media: runtime.whatsapp.deps.media, clock: systemClock },
      'blora',
      caseId,
    );

    // Assess
    expect(destroyed).toEqual({ files: 1, sealedParts: 3 });
    expect(await runtime.whatsapp.deps.media.get('blora', 'wa-shred-photo-0001')).toBeUndefined();
    const after = await rawItem(keys.case('blora', caseId));
    expect(after).not.toHaveProperty('details');
    expect(after).not.toHaveProperty('identity');
    expect(after).toMatchObject({ reference: backup.reference, category: backup.category, status: 'diterima' });
    expect((await rawItem(keys.caseEvent('blora', caseId, 2))).entry).not.toHaveProperty('note');
    await expect(vault.open({ ...context, purpose: 'details' }, backup.details as SealedEnvelope)).rejects.toThrow(CaseKeyDestroyedError);
    const freshProcess = new EnvelopeIdentityVault(new MasterKeyDataKeyProvider(masterKey), runtime.caseSecrets);
    await expect(freshProcess.open({ ...context, purpose: 'identity' }, backup.identity as SealedEnvelope)).rejects.toThrow();
    const note = (noteBackup.entry as { note: SealedEnvelope }).note;
    await expect(freshProcess.open({ ...context, purpose: 'note' }, note)).rejects.toThrow();
  });

  it('refuses to seal anything new for a destroyed case', async () => {
    // Prepare
    const caseId = await caseWithEverything('wa-shred-photo-0002');
    const deps = { eraser: new DynamoSealedPartEraser(runtime.dynamo.documents, runtime.tableName), vault, media: runtime.whatsapp.deps.media, clock: systemClock };
    await destroyCasePersonalData(deps, 'blora', caseId);

    // Act
    const sealing = await vault.seal({ tenant: 'blora', caseId, purpose: 'note' }, { text: 'x' }).catch((error: unknown) => error);
    const again = await destroyCasePersonalData(deps, 'blora', caseId);

    // Assess
    expect(sealing).toBeInstanceOf(CaseKeyDestroyedError);
    expect(again).toEqual({ files: 0, sealedParts: 0 });
  });

  it('still opens envelopes sealed before the case key layer (v1)', async () => {
    // Prepare
    const v1 = await new MasterKeyDataKeyProvider(masterKey).generateDataKey({ tenant: 'blora', caseId: 'old', purpose: 'details' });
    const { encryptWithDataKey } = await import('#shared/crypto/envelope.js');
    const context = { tenant: 'blora', caseId: 'old', purpose: 'details' } as const;
    const sealed = encryptWithDataKey(v1.plaintext, context, Buffer.from(JSON.stringify({ narrative: 'lama' })));

    // Act
    const opened = await vault.open(context, { v: 1, alg: 'A256GCM', kid: v1.keyId, ek: v1.wrapped, ...sealed });

    // Assess
    expect(opened).toEqual({ narrative: 'lama' });
  });
});
