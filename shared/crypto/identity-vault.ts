/** Port + the one envelope implementation used in every environment; only the key provider differs. */
import type { DataKeyProvider } from './data-key-provider.js';
import type { EncryptionContext } from './encryption-context.js';
import { decryptWithDataKey, ENVELOPE_VERSION, encryptWithDataKey, type SealedEnvelope } from './envelope.js';

export interface IdentityVault {
  seal(context: EncryptionContext, value: unknown): Promise<SealedEnvelope>;
  open<T = unknown>(context: EncryptionContext, envelope: SealedEnvelope): Promise<T>;
}

export class EnvelopeIdentityVault implements IdentityVault {
  constructor(private readonly keys: DataKeyProvider) {}

  async seal(context: EncryptionContext, value: unknown): Promise<SealedEnvelope> {
    const dataKey = await this.keys.generateDataKey(context);
    try {
      const sealed = encryptWithDataKey(dataKey.plaintext, context, Buffer.from(JSON.stringify(value), 'utf8'));
      return { v: ENVELOPE_VERSION, alg: 'A256GCM', kid: dataKey.keyId, ek: dataKey.wrapped, ...sealed };
    } finally {
      dataKey.plaintext.fill(0);
    }
  }

  async open<T = unknown>(context: EncryptionContext, envelope: SealedEnvelope): Promise<T> {
    const dataKey = await this.keys.unwrapDataKey(context, Buffer.from(envelope.ek), envelope.kid);
    try {
      return JSON.parse(decryptWithDataKey(dataKey, context, envelope).toString('utf8')) as T;
    } finally {
      dataKey.fill(0);
    }
  }
}
