/** The staff the local dev login can sign in as: a responder and a supervisor for every seed regency. */
import type { Tenant } from '#shared/tenancy/tenant.js';
import type { DevTokenSubject } from './dev-login-keys.js';

export function seedLocalStaff(tenants: readonly Tenant[]): DevTokenSubject[] {
  return tenants.flatMap((tenant) => {
    const place = tenant.displayName.replace(/^Kabupaten |^Kota /, '');
    return [
      {
        sub: `dev-${tenant.id}-responder`,
        email: `petugas.${tenant.id}@dev.lapor-aman.local`,
        name: `Petugas jaga ${place}`,
        tenantId: tenant.id,
        role: 'responder',
      },
      {
        sub: `dev-${tenant.id}-supervisor`,
        email: `supervisor.${tenant.id}@dev.lapor-aman.local`,
        name: `Supervisor ${place}`,
        tenantId: tenant.id,
        role: 'supervisor',
      },
    ];
  });
}
