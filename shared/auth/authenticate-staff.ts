/** Binds a staff request to its principal and regency: the bearer token is the only source of both. */
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Tenant } from '../tenancy/tenant.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import type { StaffTokenVerifier } from './ports.js';
import type { StaffPrincipal } from './staff-principal.js';

export interface StaffAuthDependencies {
  readonly staffTokens: StaffTokenVerifier;
  readonly tenants: TenantRegistry;
}

export interface StaffSession {
  readonly staff: StaffPrincipal;
  readonly tenant: Tenant;
}

const BEARER = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i;

export async function authenticateStaff(
  deps: StaffAuthDependencies,
  authorization: string | undefined,
): Promise<StaffSession> {
  const token = BEARER.exec(authorization?.trim() ?? '')?.[1];
  if (!token) throw new UnauthenticatedError();
  const staff = await deps.staffTokens.verify(token);
  const tenant = await deps.tenants.find(staff.tenantId);
  // A valid token for a regency this deployment does not serve (removed, or a typo by an administrator).
  if (!tenant) throw new ForbiddenError();
  return { staff, tenant };
}

export function requireSupervisor(staff: StaffPrincipal): void {
  if (staff.role !== 'supervisor') throw new ForbiddenError();
}
