import type { EncryptionContext } from './encryption-context.js';

export interface DataKey {
  /** 32 bytes; the caller wipes it after use. */
  readonly plaintext: Buffer;
  /** The data key encrypted under the tenant's master key, stored next to the ciphertext. */
  readonly wrapped: Buffer;
  /** Which master key wrapped it (a KMS key ARN, or `local:<fingerprint>`). */
  readonly keyId: string;
}

/** Port: where data keys come from (KMS in the cloud, a local master key on a laptop). */
export interface DataKeyProvider {
  generateDataKey(context: EncryptionContext): Promise<DataKey>;
  unwrapDataKey(context: EncryptionContext, wrapped: Buffer, keyId: string): Promise<Buffer>;
}
