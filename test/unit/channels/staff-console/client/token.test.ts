import { describe, expect, it } from 'vitest';
import { base64Url, claimsOf, isUsable } from '#shared/channels/staff-console/client/token.js';

const part = (text: string) => Buffer.from(text).toString('base64url');
const jwt = (payload: unknown) => `${part('{"alg":"RS256"}')}.${part(JSON.stringify(payload))}.c2ln`;

describe('the console\'s token handling', () => {
  it('encodes bytes as unpadded base64url, as PKCE asks', () => {
    // Act
    const text = base64Url(new Uint8Array([251, 255, 191, 0, 1]));

    // Assess
    expect(text).toBe(Buffer.from([251, 255, 191, 0, 1]).toString('base64url'));
    expect(text).not.toMatch(/[+/=]/);
  });

  it('reads the claims of an ID token, names with non-ASCII letters included', () => {
    // Act
    const claims = claimsOf(jwt({ exp: 1_800_000_000, name: 'Petugas jaga — Blora' }));

    // Assess
    expect(claims).toEqual({ exp: 1_800_000_000, name: 'Petugas jaga — Blora' });
  });

  it('finds no claims in something that is not a JWT', () => {
    // Act
    const found = ['', 'abc', 'a.!!!.c', `a.${part('"text"')}.c`].map(claimsOf);

    // Assess
    expect(found).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('stops sending a token half a minute before it expires', () => {
    // Prepare
    const token = jwt({ exp: 1_800_000_000 });

    // Act
    const early = isUsable(token, 1_800_000_000_000 - 31_000);
    const late = isUsable(token, 1_800_000_000_000 - 29_000);
    const noExpiry = isUsable(jwt({ sub: 'x' }), 0);

    // Assess
    expect([early, late, noExpiry]).toEqual([true, false, false]);
  });
});
