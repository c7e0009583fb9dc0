/**
 * The services a UPTD PPA gives a victim (Permen PPPA 2/2022 and the ministry's SIMFONI-PPA list), as staff
 * record them on a case. The kind is plaintext (the yearly numbers count it); who, where and the note are
 * sealed with the entry.
 */
import * as z from 'zod';

export const SERVICES_GIVEN = [
  'penjangkauan',
  'layanan_kesehatan',
  'bantuan_hukum',
  'penegakan_hukum',
  'konseling_psikologis',
  'rehabilitasi_sosial',
  'penampungan_sementara',
  'mediasi',
  'reintegrasi_sosial',
  'pemulangan',
  'pendampingan_rohani',
] as const;
export const ServiceGiven = z.enum(SERVICES_GIVEN);
export type ServiceGiven = z.infer<typeof ServiceGiven>;

export const SERVICE_GIVEN_LABELS: Readonly<Record<ServiceGiven, { id: string; en: string }>> = {
  penjangkauan: { id: 'Penjangkauan', en: 'Outreach' },
  layanan_kesehatan: { id: 'Layanan kesehatan', en: 'Health care' },
  bantuan_hukum: { id: 'Bantuan hukum', en: 'Legal aid' },
  penegakan_hukum: { id: 'Penegakan hukum', en: 'Law enforcement' },
  konseling_psikologis: { id: 'Konseling psikologis', en: 'Psychological counselling' },
  rehabilitasi_sosial: { id: 'Rehabilitasi sosial', en: 'Social rehabilitation' },
  penampungan_sementara: { id: 'Penampungan sementara', en: 'Temporary shelter' },
  mediasi: { id: 'Mediasi', en: 'Mediation' },
  reintegrasi_sosial: { id: 'Reintegrasi sosial', en: 'Social reintegration' },
  pemulangan: { id: 'Pemulangan', en: 'Repatriation' },
  pendampingan_rohani: { id: 'Pendampingan rohani', en: 'Religious accompaniment' },
};

/** The sealed part of a service entry: who gave it, where, and the staff's note (may name the victim). */
export interface ServiceGivenDetails {
  readonly providedBy: string;
  readonly place: string;
  readonly note?: string;
}
