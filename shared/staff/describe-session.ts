/**
 * Who is signed in, and the regency facts the console needs (kecamatan for filters, zone for times,
 * channels: the walk-in form only where the office takes walk-ins, response hours: the time to a first
 * assessment per urgency tier).
 */
import type { StaffSession } from '../auth/authenticate-staff.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { zoneAbbreviation } from '../domain/local-time.js';
import { NATIONAL_EMERGENCY_NUMBERS, type Tenant } from '../tenancy/tenant.js';

export interface SessionView {
  readonly staff: StaffPrincipal;
  readonly tenant: Pick<
    Tenant,
    'id' | 'displayName' | 'serviceName' | 'office' | 'timeZone' | 'responseHours' | 'kecamatan' | 'channels' | 'hotlines' | 'revealMode'
  > & {
    /** WIB / WITA / WIT, as staff write times. */
    readonly zoneName: string;
    /** The national numbers (112, SAPA 129): a walk-in receipt prints them with the regency's own lines. */
    readonly emergencyNumbers: typeof NATIONAL_EMERGENCY_NUMBERS;
  };
}

export function describeSession({ staff, tenant }: StaffSession): SessionView {
  const { id, displayName, serviceName, office, timeZone, responseHours, kecamatan, channels, hotlines, revealMode } = tenant;
  const zoneName = zoneAbbreviation(timeZone);
  return {
    staff,
    tenant: {
      ...{ id, displayName, serviceName, office, timeZone, responseHours, kecamatan, channels, hotlines, zoneName, revealMode },
      emergencyNumbers: NATIONAL_EMERGENCY_NUMBERS,
    },
  };
}
