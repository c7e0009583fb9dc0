/** Meta signs every webhook POST: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, app secret>`. */
import { createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

export function signWebhookBody(rawBody: Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** Constant-time check over the exact bytes received; a missing or malformed header is simply false. */
export function isValidWebhookSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  const given = header === undefined ? null : SIGNATURE.exec(header.trim());
  if (!given?.[1] || appSecret.length === 0) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(given[1], 'hex'));
}

/** Constant-time equality of two secrets of any length (the verify token of the GET handshake). */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHmac('sha256', 'lapor-aman/compare').update(given).digest();
  const b = createHmac('sha256', 'lapor-aman/compare').update(expected).digest();
  return expected.length > 0 && timingSafeEqual(a, b);
}
