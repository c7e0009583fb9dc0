import { TenantNotFoundError } from '../errors.js';
import type { HttpEvent } from '../http/http-types.js';
import type { Tenant } from './tenant.js';
import type { TenantRegistry } from './tenant-registry.js';

/** The tenant named by the URL slug: the only place a web request gets its tenant from. */
export async function requireTenantFromPath(registry: TenantRegistry, event: HttpEvent): Promise<Tenant> {
  const slug = event.pathParameters?.tenant;
  const tenant = slug ? await registry.find(slug) : undefined;
  if (!tenant) throw new TenantNotFoundError();
  return tenant;
}
