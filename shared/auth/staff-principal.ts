/**
 * Who a staff request comes from, as the verified token says: the regency (tenant) and the role are
 * claims an administrator sets, never anything the request names.
 */
import * as z from 'zod';
import { TENANT_ID_PATTERN } from '../tenancy/tenant.js';

export const STAFF_ROLES = ['responder', 'supervisor'] as const;
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

/** The custom claims of a staff ID token (Cognito custom attributes; the local dev login uses the same). */
export const STAFF_CLAIMS = { tenant: 'custom:tenant', role: 'custom:role' } as const;

export interface StaffPrincipal {
  readonly tenantId: string;
  readonly role: StaffRole;
  /** Stable and known to colleagues (supervisors assign cases by it): the work email, else the subject. */
  readonly id: string;
  /** For timelines and the console header. */
  readonly name: string;
}

/**
 * `exp` and `token_use` are required here, not only by the cloud's Cognito verifier: the library accepts a
 * token without `exp` as never expiring, and the local dev login must be as strict as Cognito.
 */
const StaffClaims = z.object({
  sub: z.string().min(1).max(128),
  exp: z.number().int().positive(),
  token_use: z.literal('id'),
  [STAFF_CLAIMS.tenant]: z.string().regex(TENANT_ID_PATTERN),
  [STAFF_CLAIMS.role]: StaffRole,
  email: z.email().max(254).optional(),
  name: z.string().trim().min(1).max(120).optional(),
  'cognito:username': z.string().min(1).max(128).optional(),
});

/** The principal of a token whose signature and standard claims were already verified; undefined if it is no staff token. */
export function principalFromClaims(payload: unknown): StaffPrincipal | undefined {
  const parsed = StaffClaims.safeParse(payload);
  if (!parsed.success) return undefined;
  const claims = parsed.data;
  const id = claims.email?.toLowerCase() ?? claims.sub;
  return {
    tenantId: claims[STAFF_CLAIMS.tenant],
    role: claims[STAFF_CLAIMS.role],
    id,
    name: claims.name ?? claims['cognito:username'] ?? id,
  };
}
