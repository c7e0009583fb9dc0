/**
 * Envelope format v1: one fresh data key per sealed part, AES-256-GCM with the encryption context as
 * additional data. Stored as a map of binary attributes so it survives DynamoDB unchanged. v2 is the same
 * format with the AES key derived from the data key and the case's secret (case-key-derivation.ts).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { contextAad, type EncryptionContext } from './encryption-context.js';

export const ENVELOPE_VERSION = 1;
export const CASE_KEYED_ENVELOPE_VERSION = 2;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedEnvelope {
  readonly v: typeof ENVELOPE_VERSION | typeof CASE_KEYED_ENVELOPE_VERSION;
  readonly alg: 'A256GCM';
  readonly kid: string;
  readonly ek: Uint8Array;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
  readonly tag: Uint8Array;
}

export class EnvelopeError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'EnvelopeError';
  }
}

export function encryptWithDataKey(
  dataKey: Buffer,
  context: EncryptionContext,
  plaintext: Buffer,
): Pick<SealedEnvelope, 'iv' | 'ct' | 'tag'> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(contextAad(context));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ct, tag: cipher.getAuthTag() };
}

export function decryptWithDataKey(dataKey: Buffer, context: EncryptionContext, envelope: SealedEnvelope): Buffer {
  if ((envelope.v !== ENVELOPE_VERSION && envelope.v !== CASE_KEYED_ENVELOPE_VERSION) || envelope.alg !== 'A256GCM') {
    throw new EnvelopeError(`unsupported envelope version ${String(envelope.v)}`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(envelope.iv), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(contextAad(context));
    decipher.setAuthTag(Buffer.from(envelope.tag));
    return Buffer.concat([decipher.update(envelope.ct), decipher.final()]);
  } catch (error) {
    // No detail from the cipher: a wrong context and a tampered envelope must look the same.
    throw new EnvelopeError('envelope could not be opened', { cause: error });
  }
}
