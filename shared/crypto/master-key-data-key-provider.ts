/**
 * Data keys wrapped by a 32-byte master key held by this process (the local runtime's `.data/local-key`,
 * or a test's key). Mirrors KMS: the wrap is bound to the same encryption context.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { DataKey, DataKeyProvider } from './data-key-provider.js';
import type { EncryptionContext } from './encryption-context.js';
import { decryptWithDataKey, EnvelopeError, encryptWithDataKey } from './envelope.js';

const WRAP_VERSION = 1;

export class MasterKeyDataKeyProvider implements DataKeyProvider {
  private readonly keyId: string;

  constructor(private readonly masterKey: Buffer) {
    if (masterKey.length !== 32) throw new EnvelopeError('master key must be 32 bytes');
    this.keyId = `local:${createHash('sha256').update(masterKey).digest('hex').slice(0, 16)}`;
  }

  async generateDataKey(context: EncryptionContext): Promise<DataKey> {
    const plaintext = randomBytes(32);
    const { iv, ct, tag } = encryptWithDataKey(this.masterKey, context, plaintext);
    const wrapped = Buffer.concat([Buffer.from([WRAP_VERSION]), iv, tag, ct]);
    return { plaintext, wrapped, keyId: this.keyId };
  }

  async unwrapDataKey(context: EncryptionContext, wrapped: Buffer, keyId: string): Promise<Buffer> {
    if (keyId !== this.keyId || wrapped[0] !== WRAP_VERSION) {
      throw new EnvelopeError('data key was wrapped by another master key');
    }
    const iv = wrapped.subarray(1, 13);
    const tag = wrapped.subarray(13, 29);
    const ct = wrapped.subarray(29);
    return decryptWithDataKey(this.masterKey, context, { v: 1, alg: 'A256GCM', kid: keyId, ek: wrapped, iv, ct, tag });
  }
}
