/** The fixed vocabularies of a report: stable codes stored in the table, labels for people. */
import * as z from 'zod';

export const SERVICES = ['pengaduan_kekerasan', 'konsultasi', 'konseling', 'pendampingan_hukum'] as const;
export const Service = z.enum(SERVICES);
export type Service = z.infer<typeof Service>;

export const CATEGORIES = [
  'kdrt',
  'kekerasan_fisik',
  'kekerasan_seksual',
  'kekerasan_psikis',
  'penelantaran',
  'perundungan',
  'perdagangan_orang',
  'eksploitasi',
  'lainnya',
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const URGENCIES = ['DARURAT', 'TINGGI', 'NORMAL'] as const;
export const Urgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof Urgency>;

export const CHANNELS = ['web', 'whatsapp', 'call-center', 'walk-in', 'rujukan'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const AGE_GROUPS = ['anak_0_5', 'anak_6_12', 'anak_13_17', 'dewasa', 'lansia', 'tidak_tahu'] as const;
export const AgeGroup = z.enum(AGE_GROUPS);
export type AgeGroup = z.infer<typeof AgeGroup>;

export const GENDERS = ['perempuan', 'laki_laki', 'tidak_tahu'] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

export const RELATIONS = ['diri_sendiri', 'anak', 'keluarga', 'tetangga', 'murid', 'teman', 'lainnya'] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

export const DANGER_ANSWERS = ['ya', 'tidak', 'tidak_tahu'] as const;
export const DangerAnswer = z.enum(DANGER_ANSWERS);
export type DangerAnswer = z.infer<typeof DangerAnswer>;

/** The case path of a UPTD PPA (Permen PPPA 2/2022). */
export const CASE_STATUSES = ['diterima', 'asesmen', 'penanganan', 'rujukan', 'selesai'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const LANGUAGES = ['id', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** A label for people per code, in Bahasa Indonesia and English. */
export type Labels<K extends string> = Readonly<Record<K, { id: string; en: string }>>;

export const SERVICE_LABELS: Labels<Service> = {
  pengaduan_kekerasan: { id: 'Pengaduan kekerasan', en: 'Report violence' },
  konsultasi: { id: 'Konsultasi', en: 'Consultation' },
  konseling: { id: 'Konseling (dengan psikolog)', en: 'Counselling (with a psychologist)' },
  pendampingan_hukum: { id: 'Pendampingan hukum', en: 'Legal accompaniment' },
};

export const CATEGORY_LABELS: Labels<Category> = {
  kdrt: { id: 'KDRT (kekerasan dalam rumah tangga)', en: 'Domestic violence' },
  kekerasan_fisik: { id: 'Kekerasan fisik', en: 'Physical violence' },
  kekerasan_seksual: { id: 'Kekerasan seksual', en: 'Sexual violence' },
  kekerasan_psikis: { id: 'Kekerasan psikis', en: 'Psychological violence' },
  penelantaran: { id: 'Penelantaran', en: 'Neglect' },
  perundungan: { id: 'Perundungan / bullying', en: 'Bullying' },
  perdagangan_orang: { id: 'Perdagangan orang', en: 'Human trafficking' },
  eksploitasi: { id: 'Eksploitasi', en: 'Exploitation' },
  lainnya: { id: 'Lainnya / belum tahu', en: 'Other / not sure' },
};

export const AGE_GROUP_LABELS: Labels<AgeGroup> = {
  anak_0_5: { id: 'Anak 0–5 tahun', en: 'Child 0–5 years' },
  anak_6_12: { id: 'Anak 6–12 tahun', en: 'Child 6–12 years' },
  anak_13_17: { id: 'Anak 13–17 tahun', en: 'Child 13–17 years' },
  dewasa: { id: 'Dewasa (18–59 tahun)', en: 'Adult (18–59 years)' },
  lansia: { id: 'Lansia (60 tahun ke atas)', en: 'Older person (60+)' },
  tidak_tahu: { id: 'Tidak tahu', en: 'Not sure' },
};

export const GENDER_LABELS: Labels<Gender> = {
  perempuan: { id: 'Perempuan', en: 'Female' },
  laki_laki: { id: 'Laki-laki', en: 'Male' },
  tidak_tahu: { id: 'Tidak tahu', en: 'Not sure' },
};

export const RELATION_LABELS: Labels<Relation> = {
  diri_sendiri: { id: 'Saya sendiri korbannya', en: 'I am the victim' },
  anak: { id: 'Anak saya', en: 'My child' },
  keluarga: { id: 'Anggota keluarga', en: 'A family member' },
  tetangga: { id: 'Tetangga', en: 'A neighbour' },
  murid: { id: 'Murid / siswa', en: 'A pupil / student' },
  teman: { id: 'Teman', en: 'A friend' },
  lainnya: { id: 'Lainnya', en: 'Someone else' },
};

export const DANGER_LABELS: Labels<DangerAnswer> = {
  ya: { id: 'Ya, ada yang dalam bahaya sekarang', en: 'Yes, someone is in danger right now' },
  tidak: { id: 'Tidak', en: 'No' },
  tidak_tahu: { id: 'Tidak tahu', en: 'Not sure' },
};

export const STATUS_LABELS: Labels<CaseStatus> = {
  diterima: { id: 'Diterima, menunggu asesmen', en: 'Received, awaiting assessment' },
  asesmen: { id: 'Sedang diasesmen', en: 'Being assessed' },
  penanganan: { id: 'Sedang ditangani', en: 'Being handled' },
  rujukan: { id: 'Dirujuk ke layanan lain', en: 'Referred to another service' },
  selesai: { id: 'Selesai', en: 'Closed' },
};

export const CHANNEL_LABELS: Labels<Channel> = {
  web: { id: 'formulir web', en: 'web form' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  'call-center': { id: 'call center', en: 'call center' },
  'walk-in': { id: 'datang langsung', en: 'walk-in' },
  rujukan: { id: 'rujukan UPTD PPA lain', en: "another regency's referral" },
};
