import { InvalidApiKeyError } from '../../errors.js';
import { type ApiKeyStore, apiKeyHashesMatch, hashApiKey, isWellFormedCallCenterKey } from '../../tenancy/api-keys.js';
import type { Tenant } from '../../tenancy/tenant.js';
import type { TenantRegistry } from '../../tenancy/tenant-registry.js';

export interface CallCenterAuthDependencies {
  readonly apiKeys: ApiKeyStore;
  readonly tenants: TenantRegistry;
}

/**
 * The tenant of a call-center request, from its `x-api-key` only: the body can never name one. Missing,
 * malformed, unknown and revoked keys, and keys of a tenant that runs no call center, all get the same 401.
 */
export async function requireCallCenterTenant(
  deps: CallCenterAuthDependencies,
  presentedKey: string | undefined,
): Promise<Tenant> {
  if (presentedKey === undefined || !isWellFormedCallCenterKey(presentedKey)) throw new InvalidApiKeyError();
  const keyHash = hashApiKey(presentedKey);
  const record = await deps.apiKeys.findCallCenterKey(keyHash);
  if (!record || !apiKeyHashesMatch(record.keyHash, keyHash)) throw new InvalidApiKeyError();
  const tenant = await deps.tenants.find(record.tenantId);
  if (!tenant?.channels.includes('call-center')) throw new InvalidApiKeyError();
  return tenant;
}
