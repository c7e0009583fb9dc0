/**
 * Tracking codes let a reporter check a status without an account. Shown once; only a salted hash is
 * stored. The alphabet avoids look-alikes (0/O, 1/I/L) because codes are read aloud over the phone.
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

export function generateTrackingCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** What the reporter typed, in canonical form: case, spaces and dashes do not matter. */
export function canonicalTrackingCode(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function hashTrackingCode(tenantId: string, reference: string, code: string): string {
  return createHash('sha256')
    .update(`lapor-aman/tracking/v1\0${tenantId}\0${reference}\0${canonicalTrackingCode(code)}`)
    .digest('hex');
}

/** Constant-time comparison of a typed code against the stored hash. */
export function trackingCodeMatches(storedHash: string, tenantId: string, reference: string, typed: string): boolean {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = Buffer.from(hashTrackingCode(tenantId, reference, typed), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
