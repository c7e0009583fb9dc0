import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EncryptionContext } from '#shared/crypto/encryption-context.js';
import { EnvelopeIdentityVault } from '#shared/crypto/identity-vault.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import { MemoryCaseSecrets } from '../../support/memory-case-secrets.js';

const masterKey = randomBytes(32);
const vault = new EnvelopeIdentityVault(new MasterKeyDataKeyProvider(masterKey), new MemoryCaseSecrets());
const identityOf = (caseId: string): EncryptionContext => ({ tenant: 'blora', caseId, purpose: 'identity' });

describe('EnvelopeIdentityVault', () => {
  it('opens what it sealed when the context is the same', async () => {
    // Prepare
    const secret = { name: 'Siti', phone: '+6281234567890' };

    // Act
    const envelope = await vault.seal(identityOf('c1'), secret);

    // Assess
    expect(await vault.open(identityOf('c1'), envelope)).toEqual(secret);
    expect(Buffer.from(envelope.ct).toString('utf8')).not.toContain('Siti');
  });

  it.each([
    ['another case', { tenant: 'blora', caseId: 'c2', purpose: 'identity' }],
    ['another tenant', { tenant: 'purwakarta', caseId: 'c1', purpose: 'identity' }],
    ['another purpose', { tenant: 'blora', caseId: 'c1', purpose: 'details' }],
  ] as const)('refuses to open when the context names %s', async (_, context) => {
    // Prepare
    const envelope = await vault.seal(identityOf('c1'), { name: 'Siti' });

    // Act
    const opening = vault.open(context, envelope);

    // Assess
    await expect(opening).rejects.toThrow('could not be opened');
  });

  it('refuses to open when a ciphertext byte was changed', async () => {
    // Prepare
    const envelope = await vault.seal(identityOf('c1'), { name: 'Siti' });
    const tampered = { ...envelope, ct: Uint8Array.from(envelope.ct, (b, i) => (i === 0 ? b ^ 1 : b)) };

    // Act
    const opening = vault.open(identityOf('c1'), tampered);

    // Assess
    await expect(opening).rejects.toThrow();
  });

  it('uses a fresh data key for every sealed part', async () => {
    // Act
    const a = await vault.seal(identityOf('c1'), { x: 1 });
    const b = await vault.seal(identityOf('c1'), { x: 1 });

    // Assess
    expect(Buffer.from(a.ek).equals(Buffer.from(b.ek))).toBe(false);
  });

  it('cannot open an envelope sealed under another master key', async () => {
    // Prepare
    const other = new EnvelopeIdentityVault(new MasterKeyDataKeyProvider(randomBytes(32)), new MemoryCaseSecrets());
    const envelope = await other.seal(identityOf('c1'), { name: 'Siti' });

    // Act
    const opening = vault.open(identityOf('c1'), envelope);

    // Assess
    await expect(opening).rejects.toThrow();
  });
});
