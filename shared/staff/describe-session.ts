/**
 * Who is signed in, and the regency facts the console needs (kecamatan for filters, zone for times,
 * channels: the walk-in form only where the office takes walk-ins).
 */
import type { StaffSession } from '../auth/authenticate-staff.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { zoneAbbreviation } from '../domain/local-time.js';
import type { Urgency } from '../domain/vocabulary.js';
import type { Tenant } from '../tenancy/tenant.js';

export interface SessionView {
  readonly staff: StaffPrincipal;
  readonly tenant: Pick<
    Tenant,
    'id' | 'displayName' | 'serviceName' | 'office' | 'timeZone' | 'slaHours' | 'kecamatan' | 'channels'
  > & {
    /** WIB / WITA / WIT, as staff write times. */
    readonly zoneName: string;
    /** Hours to the first assessment per urgency (from `slaHours` until per-tier hours arrive). */
    readonly responseHours: Readonly<Record<Urgency, number>>;
  };
}

export function describeSession({ staff, tenant }: StaffSession): SessionView {
  const { id, displayName, serviceName, office, timeZone, slaHours, kecamatan, channels } = tenant;
  const zoneName = zoneAbbreviation(timeZone);
  const responseHours = { DARURAT: slaHours, TINGGI: slaHours, NORMAL: slaHours };
  return { staff, tenant: { id, displayName, serviceName, office, timeZone, slaHours, kecamatan, channels, zoneName, responseHours } };
}
