import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPreloadedKeyStaffTokenVerifier } from '#shared/auth/jwt-staff-token-verifier.js';
import { UnauthenticatedError } from '#shared/errors.js';

const ISSUER = 'https://dev-login.lapor-aman.local';
const AUDIENCE = 'lapor-aman-local-console';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' });
const verifier = createPreloadedKeyStaffTokenVerifier({
  issuer: ISSUER,
  audience: AUDIENCE,
  jwks: { keys: [{ kty: 'RSA', n: String(publicJwk.n), e: String(publicJwk.e), kid: 'k1', alg: 'RS256', use: 'sig' }] },
});

function signedToken(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${encode(claims)}`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

const now = Math.floor(Date.now() / 1000);
const idToken = {
  iss: ISSUER,
  aud: AUDIENCE,
  sub: 'dev-blora-responder',
  token_use: 'id',
  iat: now,
  exp: now + 3600,
  'custom:tenant': 'blora',
  'custom:role': 'responder',
};

describe('the local staff token check is as strict as the cloud one', () => {
  it('accepts a signed ID token with an expiry', async () => {
    // Assess
    await expect(verifier.verify(signedToken(idToken))).resolves.toMatchObject({ tenantId: 'blora', role: 'responder' });
  });

  it('refuses a correctly signed token that never expires', async () => {
    // Prepare
    const { exp: _exp, ...neverExpiring } = idToken;

    // Assess
    await expect(verifier.verify(signedToken(neverExpiring))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses a correctly signed access token', async () => {
    // Assess
    await expect(verifier.verify(signedToken({ ...idToken, token_use: 'access' }))).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });
});
