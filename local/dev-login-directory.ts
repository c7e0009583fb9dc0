/**
 * The dev login signs in as the people supervisors add to a regency's directory too (what Cognito users
 * made by the directory are in the cloud): their e-mail, name, role and regency, read afresh each time so a
 * person added a minute ago can sign in. Disabled people are not offered. Local only.
 */
import type { StaffDirectory } from '#shared/oncall/ports.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import type { DevTokenSubject } from './dev-login-keys.js';

export function directoryDevLogins(
  directory: Pick<StaffDirectory, 'listPeople'>,
  tenants: readonly Pick<Tenant, 'id'>[],
): () => Promise<DevTokenSubject[]> {
  return async () => {
    const perTenant = await Promise.all(tenants.map((tenant) => directory.listPeople(tenant.id)));
    return perTenant.flat().flatMap((person) =>
      person.active
        ? [{ sub: `dev-${person.tenantId}-${person.personId}`, email: person.email, name: person.name, tenantId: person.tenantId, role: person.role }]
        : [],
    );
  };
}
