/**
 * Blind indexes: keyed HMAC-SHA256 digests that let us find an item by a secret value (a reporter's phone
 * number, a WhatsApp message id that embeds it) without storing the value. The key never leaves the
 * process; a purpose label separates digests made for different uses, so one cannot be matched to another.
 */
import { createHmac } from 'node:crypto';

export const BLIND_INDEX_KEY_BYTES = 32;

export type BlindIndexPurpose = 'wa-conversation' | 'wa-message';

/** Hex digest of the parts, joined unambiguously (NUL cannot occur in ids or E.164 numbers). */
export function blindIndex(key: Buffer, purpose: BlindIndexPurpose, ...parts: readonly string[]): string {
  if (key.length < BLIND_INDEX_KEY_BYTES) throw new Error('blind-index key must be at least 32 bytes');
  return createHmac('sha256', key).update(`lapor-aman/${purpose}/v1\0${parts.join('\0')}`, 'utf8').digest('hex');
}
