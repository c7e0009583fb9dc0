/**
 * Who made a report, on every channel: the victim, family, a witness, a village volunteer (PATBM, SAPA,
 * kader) reporting on the victim's behalf, or a staff member. A plaintext routing field: it names no one.
 */
import * as z from 'zod';
import type { Relation } from '../domain/vocabulary.js';

export const REPORTER_ROLES = ['victim', 'family', 'witness', 'volunteer', 'staff'] as const;
export const ReporterRole = z.enum(REPORTER_ROLES);
export type ReporterRole = z.infer<typeof ReporterRole>;

export const REPORTER_ROLE_LABELS: Readonly<Record<ReporterRole, { id: string; en: string }>> = {
  victim: { id: 'Korban sendiri', en: 'The victim' },
  family: { id: 'Keluarga korban', en: "The victim's family" },
  witness: { id: 'Saksi / orang lain yang mengetahui', en: 'A witness / someone who knows' },
  volunteer: { id: 'Relawan / pendamping (PATBM, SAPA, kader)', en: 'Volunteer / companion (PATBM, SAPA, cadre)' },
  staff: { id: 'Petugas layanan', en: 'Staff of the office' },
};

/**
 * The role when a channel did not ask for one, from the relation it did ask (WhatsApp, call-center notes,
 * web API clients): the victim themself, their child or family, anyone else a witness.
 */
export function reporterRoleFor(relation: Relation): ReporterRole {
  if (relation === 'diri_sendiri') return 'victim';
  if (relation === 'anak' || relation === 'keluarga') return 'family';
  return 'witness';
}

export const VOLUNTEER_ORGANISATIONS = ['patbm', 'sapa', 'kader', 'lainnya'] as const;
export const VolunteerOrganisation = z.enum(VOLUNTEER_ORGANISATIONS);
export type VolunteerOrganisation = z.infer<typeof VolunteerOrganisation>;

export const VOLUNTEER_ORGANISATION_LABELS: Readonly<Record<VolunteerOrganisation, { id: string; en: string }>> = {
  patbm: { id: 'PATBM (Perlindungan Anak Terpadu Berbasis Masyarakat)', en: 'PATBM (community child protection)' },
  sapa: { id: 'SAPA (Sahabat Perempuan dan Anak)', en: 'SAPA (Friends of Women and Children)' },
  kader: { id: 'Kader desa (PKK, posyandu)', en: 'Village cadre (PKK, posyandu)' },
  lainnya: { id: 'Lembaga / pendamping lain', en: 'Another organisation or companion' },
};
