import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex } from '#shared/crypto/blind-index.js';

const key = randomBytes(32);

describe('blindIndex', () => {
  it('gives the same digest for the same tenant and number, and never the number itself', () => {
    // Act
    const first = blindIndex(key, 'wa-conversation', 'blora', '+6281234567891');
    const again = blindIndex(key, 'wa-conversation', 'blora', '+6281234567891');

    // Assess
    expect(first).toBe(again);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(first).not.toContain('81234567891');
  });

  it('separates tenants, purposes and keys', () => {
    // Act
    const digests = new Set([
      blindIndex(key, 'wa-conversation', 'blora', '+6281234567891'),
      blindIndex(key, 'wa-conversation', 'purwakarta', '+6281234567891'),
      blindIndex(key, 'wa-message', 'blora', '+6281234567891'),
      blindIndex(randomBytes(32), 'wa-conversation', 'blora', '+6281234567891'),
      blindIndex(key, 'wa-conversation', 'blora+', '6281234567891'),
    ]);

    // Assess
    expect(digests.size).toBe(5);
  });

  it('refuses a key shorter than 32 bytes', () => {
    // Assess
    expect(() => blindIndex(randomBytes(16), 'wa-message', 'x')).toThrow(/32 bytes/);
  });
});
