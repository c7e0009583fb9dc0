/**
 * Per-tenant API keys for machine callers (the call-center system). A key is 32 random bytes; only its
 * SHA-256 is stored, in an item keyed by that hash, so one GetItem finds the tenant. A plain hash (no salt,
 * no slow KDF) is enough because a key carries 256 bits of entropy: there is no dictionary to try.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TENANT_ID_PATTERN } from './tenant.js';

/**
 * `la_cc_<tenant>_<43 base64url chars>`: the prefix and tenant let people (and secret scanners) tell what
 * a leaked key is and whom to tell; the hash covers the whole key, so the tenant part cannot be edited.
 */
const CALL_CENTER_KEY = /^la_cc_[a-z][a-z0-9-]{1,39}_[A-Za-z0-9_-]{43}$/;

export function generateCallCenterKey(tenantId: string): string {
  if (!TENANT_ID_PATTERN.test(tenantId)) throw new Error('not a tenant id');
  return `la_cc_${tenantId}_${randomBytes(32).toString('base64url')}`;
}

/** Shape only: a malformed key is refused without a table read. */
export function isWellFormedCallCenterKey(candidate: string): boolean {
  return CALL_CENTER_KEY.test(candidate);
}

/** Plain SHA-256 in hex, so an IT officer can check an item with `printf %s "$KEY" | sha256sum`. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function apiKeyHashesMatch(stored: string, computed: string): boolean {
  const a = Buffer.from(stored, 'hex');
  const b = Buffer.from(computed, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

export interface ApiKeyRecord {
  readonly keyHash: string;
  readonly tenantId: string;
  readonly createdAt: string;
  /** Who holds the key, for the people who rotate it (e.g. "Amazon Connect Purwakarta"). Never the key. */
  readonly label?: string;
}

/** Port: where key hashes are kept. Adapter: shared/store/dynamo-api-key-store.ts. */
export interface ApiKeyStore {
  findCallCenterKey(keyHash: string): Promise<ApiKeyRecord | undefined>;
  /** Writes the key's item unless it exists (registering the same key again is a no-op). */
  saveCallCenterKey(record: ApiKeyRecord): Promise<void>;
}
