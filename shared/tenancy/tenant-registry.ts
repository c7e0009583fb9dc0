/** Port: where a request's tenant profile comes from. Adapter: shared/store/dynamo-tenant-registry.ts. */
import type { ChainSettings } from '../alerts/ports.js';
import type { Tenant } from './tenant.js';

/** `hasRota` answers from the same (cached) tenant item, for the reporter's path. */
export interface TenantRegistry extends ChainSettings {
  find(tenantId: string): Promise<Tenant | undefined>;
}
