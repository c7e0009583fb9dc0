/**
 * Staff sign-in in the local runtime: seeded staff per regency, a signing key, the verifier the staff
 * functions use (preloaded with that key only), and the console's sign-in endpoints on the dev login.
 */
import { join } from 'node:path';
import type { StaffTokenVerifier } from '#shared/auth/ports.js';
import type { StaffRole } from '#shared/auth/staff-principal.js';
import { createPreloadedKeyStaffTokenVerifier } from '#shared/auth/jwt-staff-token-verifier.js';
import type { ConsoleSignIn } from '#shared/channels/staff-console/console-sign-in.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import {
  createDevTokenSigner,
  DEV_LOGIN_CLIENT_ID,
  DEV_LOGIN_ISSUER,
  type DevTokenSigner,
  type DevTokenSubject,
  loadOrCreateDevLoginKey,
} from './dev-login-keys.js';
import { DEV_LOGIN_PATH, DEV_LOGIN_TOKEN_PATH } from './dev-login-route.js';
import { seedLocalStaff } from './dev-login-staff.js';

export const DEV_LOGIN_KEY_FILE = 'dev-login-key.pem';

export interface LocalStaffLogin {
  readonly staff: readonly DevTokenSubject[];
  readonly signer: DevTokenSigner;
  readonly verifier: StaffTokenVerifier;
  readonly consoleSignIn: ConsoleSignIn;
  /** A fresh ID token for the seeded staff member of that regency and role (tests, curl). */
  tokenFor(tenantId: string, role: StaffRole): string;
}

export function createLocalStaffLogin(options: { dataDir?: string; tenants: readonly Tenant[] }): LocalStaffLogin {
  const signer = createDevTokenSigner(
    loadOrCreateDevLoginKey(options.dataDir ? join(options.dataDir, DEV_LOGIN_KEY_FILE) : undefined),
  );
  const staff = seedLocalStaff(options.tenants);
  return {
    staff,
    signer,
    verifier: createPreloadedKeyStaffTokenVerifier({ issuer: DEV_LOGIN_ISSUER, audience: DEV_LOGIN_CLIENT_ID, jwks: signer.jwks }),
    consoleSignIn: {
      authorizeUrl: DEV_LOGIN_PATH,
      tokenUrl: DEV_LOGIN_TOKEN_PATH,
      clientId: DEV_LOGIN_CLIENT_ID,
      scope: 'openid email profile',
    },
    tokenFor: (tenantId, role) => {
      const member = staff.find((s) => s.tenantId === tenantId && s.role === role);
      if (!member) throw new Error(`no seeded ${role} for ${tenantId}`);
      return signer.sign(member);
    },
  };
}
