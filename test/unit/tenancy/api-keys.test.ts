import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callCenterKeyItem } from '#shared/store/dynamo-api-key-store.js';
import { apiKeyHashesMatch, generateCallCenterKey, hashApiKey, isWellFormedCallCenterKey } from '#shared/tenancy/api-keys.js';

describe('generateCallCenterKey', () => {
  it('makes a well-formed, tenant-labelled key with 256 random bits when asked for a tenant', () => {
    // Act
    const keys = Array.from({ length: 50 }, () => generateCallCenterKey('purwakarta'));

    // Assess
    for (const key of keys) {
      expect(key).toMatch(/^la_cc_purwakarta_[A-Za-z0-9_-]{43}$/);
      expect(isWellFormedCallCenterKey(key)).toBe(true);
    }
    expect(new Set(keys).size).toBe(50);
  });

  it('refuses when the tenant id is not one', () => {
    // Assess
    expect(() => generateCallCenterKey('Purwakarta_Kab')).toThrow();
  });
});

describe('isWellFormedCallCenterKey', () => {
  it.each([[''], ['la_cc_purwakarta_short'], ['Bearer la_cc_x'], [`la_cc_purwakarta_${'a'.repeat(44)}`]])(
    'rejects %j',
    (candidate) => {
      // Assess
      expect(isWellFormedCallCenterKey(candidate)).toBe(false);
    },
  );
});

describe('hashApiKey', () => {
  it('is the plain SHA-256 an IT officer can recompute when checking an item', () => {
    // Prepare
    const key = generateCallCenterKey('mesuji');

    // Act
    const hash = hashApiKey(key);

    // Assess
    expect(hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(apiKeyHashesMatch(hash, hashApiKey(key))).toBe(true);
    expect(apiKeyHashesMatch(hash, hashApiKey(generateCallCenterKey('mesuji')))).toBe(false);
    expect(apiKeyHashesMatch('', '')).toBe(false);
  });
});

describe('callCenterKeyItem', () => {
  it('holds the hash and the tenant but never the key when a key is registered', () => {
    // Prepare
    const key = generateCallCenterKey('mesuji');

    // Act
    const item = callCenterKeyItem({ keyHash: hashApiKey(key), tenantId: 'mesuji', createdAt: '2026-11-23T00:00:00.000Z' });

    // Assess
    expect(item).toMatchObject({ PK: `APIKEY#${hashApiKey(key)}`, SK: 'CALL_CENTER', tenantId: 'mesuji' });
    expect(JSON.stringify(item)).not.toContain(key);
  });
});
