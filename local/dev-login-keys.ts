/**
 * The local dev login's RS256 key pair: created on first start in `<dataDir>/dev-login-key.pem` (mode
 * 0600), in memory without a data folder (tests). Local only: no deployed code imports this file, and the
 * cloud verifies Cognito's tokens against Cognito's keys, so a token signed here opens nothing there.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { STAFF_CLAIMS, type StaffRole } from '#shared/auth/staff-principal.js';

export const DEV_LOGIN_ISSUER = 'https://dev-login.lapor-aman.local';
export const DEV_LOGIN_CLIENT_ID = 'lapor-aman-local-console';
/** As long as the cloud's console ID tokens live. */
const TOKEN_SECONDS = 3600;

/** Who a dev token is for: the same claims a Cognito ID token of the staff pool carries. */
export interface DevTokenSubject {
  readonly sub: string;
  readonly email: string;
  readonly name: string;
  readonly tenantId: string;
  readonly role: StaffRole;
}

export interface DevTokenSigner {
  readonly jwks: Jwks;
  /** An ID token for the subject, valid for an hour from now (real time: aws-jwt-verify checks real time). */
  sign(subject: DevTokenSubject): string;
}

export function loadOrCreateDevLoginKey(file: string | undefined): KeyObject {
  if (!file) return generateKey();
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, generateKey().export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  // Tighten a key file someone copied with looser permissions.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return createPrivateKey(readFileSync(file, 'utf8'));
}

export function createDevTokenSigner(privateKey: KeyObject): DevTokenSigner {
  const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' });
  const kid = createHash('sha256').update(String(publicJwk.n)).digest('base64url').slice(0, 16);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    jwks: { keys: [{ kty: 'RSA', n: String(publicJwk.n), e: String(publicJwk.e), kid, alg: 'RS256', use: 'sig' }] },
    sign: (subject) => {
      const now = Math.floor(Date.now() / 1000);
      const header = encode({ alg: 'RS256', typ: 'JWT', kid });
      const payload = encode({
        iss: DEV_LOGIN_ISSUER,
        aud: DEV_LOGIN_CLIENT_ID,
        sub: subject.sub,
        token_use: 'id',
        auth_time: now,
        iat: now,
        exp: now + TOKEN_SECONDS,
        email: subject.email,
        email_verified: true,
        name: subject.name,
        'cognito:username': subject.sub,
        [STAFF_CLAIMS.tenant]: subject.tenantId,
        [STAFF_CLAIMS.role]: subject.role,
      });
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
      return `${header}.${payload}.${signature}`;
    },
  };
}

function generateKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}
