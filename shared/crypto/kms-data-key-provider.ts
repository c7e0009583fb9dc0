/** Cloud adapter: one KMS GenerateDataKey per sealed part, on the tenant's own key. */
import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { DataKey, DataKeyProvider } from './data-key-provider.js';
import { type EncryptionContext, toKmsContext } from './encryption-context.js';
import { EnvelopeError } from './envelope.js';

/** Resolves a tenant to its KMS key (alias `alias/lapor-aman/<tenant>` by default). */
export type TenantKeyResolver = (tenant: string) => string;

export const tenantKeyAlias: TenantKeyResolver = (tenant) => `alias/lapor-aman/${tenant}`;

export class KmsDataKeyProvider implements DataKeyProvider {
  constructor(
    private readonly kms: KMSClient,
    private readonly keyFor: TenantKeyResolver = tenantKeyAlias,
  ) {}

  async generateDataKey(context: EncryptionContext): Promise<DataKey> {
    const out = await this.kms.send(
      new GenerateDataKeyCommand({
        KeyId: this.keyFor(context.tenant),
        KeySpec: 'AES_256',
        EncryptionContext: toKmsContext(context),
      }),
    );
    if (!out.Plaintext || !out.CiphertextBlob || !out.KeyId) throw new EnvelopeError('KMS returned no data key');
    return { plaintext: Buffer.from(out.Plaintext), wrapped: Buffer.from(out.CiphertextBlob), keyId: out.KeyId };
  }

  async unwrapDataKey(context: EncryptionContext, wrapped: Buffer, keyId: string): Promise<Buffer> {
    const out = await this.kms.send(
      new DecryptCommand({ CiphertextBlob: wrapped, KeyId: keyId, EncryptionContext: toKmsContext(context) }),
    );
    if (!out.Plaintext) throw new EnvelopeError('KMS returned no plaintext');
    return Buffer.from(out.Plaintext);
  }
}
