/** Port: where a request's tenant profile comes from. Adapter: shared/store/dynamo-tenant-registry.ts. */
import type { Tenant } from './tenant.js';

export interface TenantRegistry {
  find(tenantId: string): Promise<Tenant | undefined>;
}
