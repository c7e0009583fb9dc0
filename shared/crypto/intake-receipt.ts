/**
 * A retried submission must get back the same tracking code, yet the code is stored only as a hash. So
 * the intake claim keeps the code encrypted under a key derived from the channel's own reference (form
 * submission id, WhatsApp message id, call id): only whoever holds that reference can recover it.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { EnvelopeError } from './envelope.js';

export interface IntakeReceiptKeyInput {
  readonly tenantId: string;
  readonly channel: string;
  readonly channelRef: string;
}

export interface SealedReceipt {
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
  readonly tag: Uint8Array;
}

function deriveKey(input: IntakeReceiptKeyInput, info: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', input.channelRef, `${input.tenantId}\0${input.channel}`, `lapor-aman/${info}/v1`, 32),
  );
}

/** The claim's key: a digest, so the channel reference itself is never stored. */
export function intakeClaimKey(input: IntakeReceiptKeyInput): string {
  return deriveKey(input, 'claim').toString('hex');
}

/** Digest of the submission under the channel-derived key: detects a key reused for other content. */
export function submissionFingerprint(input: IntakeReceiptKeyInput, canonicalSubmission: string): string {
  return createHmac('sha256', deriveKey(input, 'fingerprint')).update(canonicalSubmission).digest('hex');
}

export function sealReceipt(input: IntakeReceiptKeyInput, trackingCode: string): SealedReceipt {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(input, 'receipt'), iv);
  const ct = Buffer.concat([cipher.update(trackingCode, 'utf8'), cipher.final()]);
  return { iv, ct, tag: cipher.getAuthTag() };
}

export function openReceipt(input: IntakeReceiptKeyInput, sealed: SealedReceipt): string {
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(input, 'receipt'), Buffer.from(sealed.iv));
    decipher.setAuthTag(Buffer.from(sealed.tag));
    return Buffer.concat([decipher.update(sealed.ct), decipher.final()]).toString('utf8');
  } catch (error) {
    throw new EnvelopeError('intake receipt could not be opened', { cause: error });
  }
}
