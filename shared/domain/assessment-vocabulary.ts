/**
 * The assessment record in SIMFONI-PPA's own categories (the ministry's recording system every handled case
 * must be entered in): forms of violence, place, the victim and each alleged perpetrator. Only codes live
 * here; they are stored in plaintext on the case so the yearly numbers can count them. Anything described
 * in words (who, where exactly, what happened) belongs in the assessment's sealed note.
 */
import * as z from 'zod';
import type { Labels } from './vocabulary.js';

export const FORMS_OF_VIOLENCE = ['fisik', 'psikis', 'seksual', 'eksploitasi', 'perdagangan_orang', 'penelantaran', 'lainnya'] as const;
export const FormOfViolence = z.enum(FORMS_OF_VIOLENCE);
export type FormOfViolence = z.infer<typeof FormOfViolence>;

/** Kinds of case SIMFONI-PPA and KemenPPPA track apart, alongside the forms of violence. */
export const CASE_CONTEXTS = ['perkawinan_anak', 'kbgo'] as const;
export const CaseContext = z.enum(CASE_CONTEXTS);
export type CaseContext = z.infer<typeof CaseContext>;

export const PLACES = ['rumah_tangga', 'tempat_kerja', 'sekolah', 'fasilitas_umum', 'lembaga_pendidikan', 'lainnya'] as const;
export const Place = z.enum(PLACES);
export type Place = z.infer<typeof Place>;

/** SIMFONI-PPA's age bands, for victims and perpetrators alike; a perpetrator's age is often not known. */
export const AGE_BANDS = ['0_5', '6_12', '13_17', '18_24', '25_44', '45_59', '60_plus', 'tidak_diketahui'] as const;
export const AgeBand = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBand>;

export const SEXES = ['perempuan', 'laki_laki', 'tidak_diketahui'] as const;
export const Sex = z.enum(SEXES);
export type Sex = z.infer<typeof Sex>;

/** Kinds of disability of UU 8/2016 (sensory ones apart, as services differ). */
export const DISABILITY_KINDS = ['fisik', 'intelektual', 'mental', 'netra', 'rungu', 'wicara'] as const;
export const DisabilityKind = z.enum(DISABILITY_KINDS);
export type DisabilityKind = z.infer<typeof DisabilityKind>;

export const EDUCATION_LEVELS = ['belum_sekolah', 'tk_paud', 'sd', 'smp', 'sma', 'perguruan_tinggi', 'tidak_sekolah', 'tidak_diketahui'] as const;
export const EducationLevel = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof EducationLevel>;

export const PERPETRATOR_RELATIONS = [
  'orang_tua',
  'keluarga',
  'suami_istri',
  'pacar_teman',
  'tetangga',
  'guru',
  'majikan',
  'rekan_kerja',
  'lainnya',
] as const;
export const PerpetratorRelation = z.enum(PERPETRATOR_RELATIONS);
export type PerpetratorRelation = z.infer<typeof PerpetratorRelation>;

/** Alleged perpetrators one assessment may list (a gang, a family): beyond it a case is recorded in parts. */
export const MAX_PERPETRATORS = 10;

/** A list of codes of one vocabulary, each at most once. */
export const distinctCodes = <S extends z.ZodType<string>>(code: S, min: number, max: number) =>
  z
    .array(code)
    .min(min)
    .max(max)
    .refine((codes) => new Set(codes).size === codes.length, 'each code once');

export const AssessedVictim = z.object({
  ageBand: AgeBand,
  sex: Sex,
  /** Kinds only when the victim has a disability; an unknown kind is simply left out. */
  disability: z
    .object({ present: z.boolean(), kinds: z.array(DisabilityKind).max(DISABILITY_KINDS.length).default([]) })
    .refine((d) => d.present || d.kinds.length === 0, { message: 'kinds only when a disability is present', path: ['kinds'] }),
  education: EducationLevel,
});

export const AssessedPerpetrator = z.object({ sex: Sex, ageBand: AgeBand, relation: PerpetratorRelation });

/** Codes only, no words: what the case keeps in plaintext and the numbers count. */
export const AssessmentCategories = z.object({
  formsOfViolence: distinctCodes(FormOfViolence, 1, FORMS_OF_VIOLENCE.length),
  contexts: distinctCodes(CaseContext, 0, CASE_CONTEXTS.length).default([]),
  place: Place,
  victim: AssessedVictim,
  perpetrators: z.array(AssessedPerpetrator).min(1).max(MAX_PERPETRATORS),
});
export type AssessmentCategories = z.infer<typeof AssessmentCategories>;

export const FORM_OF_VIOLENCE_LABELS: Labels<FormOfViolence> = {
  fisik: { id: 'Fisik', en: 'Physical' },
  psikis: { id: 'Psikis', en: 'Psychological' },
  seksual: { id: 'Seksual', en: 'Sexual' },
  eksploitasi: { id: 'Eksploitasi', en: 'Exploitation' },
  perdagangan_orang: { id: 'Perdagangan orang (TPPO)', en: 'Trafficking' },
  penelantaran: { id: 'Penelantaran', en: 'Neglect' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const CASE_CONTEXT_LABELS: Labels<CaseContext> = {
  perkawinan_anak: { id: 'Perkawinan anak', en: 'Child marriage' },
  kbgo: { id: 'Kekerasan berbasis gender online (KBGO)', en: 'Online gender-based violence' },
};

export const PLACE_LABELS: Labels<Place> = {
  rumah_tangga: { id: 'Rumah tangga', en: 'Household' },
  tempat_kerja: { id: 'Tempat kerja', en: 'Workplace' },
  sekolah: { id: 'Sekolah', en: 'School' },
  fasilitas_umum: { id: 'Fasilitas umum', en: 'Public facility' },
  lembaga_pendidikan: { id: 'Lembaga pendidikan kilat / nonformal', en: 'Short-course or non-formal education' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const AGE_BAND_LABELS: Labels<AgeBand> = {
  '0_5': { id: '0–5 tahun', en: '0–5 years' },
  '6_12': { id: '6–12 tahun', en: '6–12 years' },
  '13_17': { id: '13–17 tahun', en: '13–17 years' },
  '18_24': { id: '18–24 tahun', en: '18–24 years' },
  '25_44': { id: '25–44 tahun', en: '25–44 years' },
  '45_59': { id: '45–59 tahun', en: '45–59 years' },
  '60_plus': { id: '60 tahun ke atas', en: '60 years and over' },
  tidak_diketahui: { id: 'Tidak diketahui', en: 'Not known' },
};

export const SEX_LABELS: Labels<Sex> = {
  perempuan: { id: 'Perempuan', en: 'Female' },
  laki_laki: { id: 'Laki-laki', en: 'Male' },
  tidak_diketahui: { id: 'Tidak diketahui', en: 'Not known' },
};

export const DISABILITY_KIND_LABELS: Labels<DisabilityKind> = {
  fisik: { id: 'Fisik', en: 'Physical' },
  intelektual: { id: 'Intelektual', en: 'Intellectual' },
  mental: { id: 'Mental', en: 'Psychosocial' },
  netra: { id: 'Sensorik netra', en: 'Visual' },
  rungu: { id: 'Sensorik rungu', en: 'Hearing' },
  wicara: { id: 'Sensorik wicara', en: 'Speech' },
};

export const EDUCATION_LABELS: Labels<EducationLevel> = {
  belum_sekolah: { id: 'Belum sekolah', en: 'Not yet at school' },
  tk_paud: { id: 'TK / PAUD', en: 'Kindergarten / early childhood' },
  sd: { id: 'SD / sederajat', en: 'Primary school' },
  smp: { id: 'SMP / sederajat', en: 'Lower secondary' },
  sma: { id: 'SMA / SMK / sederajat', en: 'Upper secondary' },
  perguruan_tinggi: { id: 'Perguruan tinggi', en: 'Higher education' },
  tidak_sekolah: { id: 'Tidak sekolah', en: 'No schooling' },
  tidak_diketahui: { id: 'Tidak diketahui', en: 'Not known' },
};

export const PERPETRATOR_RELATION_LABELS: Labels<PerpetratorRelation> = {
  orang_tua: { id: 'Orang tua', en: 'Parent' },
  keluarga: { id: 'Keluarga / saudara', en: 'Family member' },
  suami_istri: { id: 'Suami / istri', en: 'Spouse' },
  pacar_teman: { id: 'Pacar / teman', en: 'Partner / friend' },
  tetangga: { id: 'Tetangga', en: 'Neighbour' },
  guru: { id: 'Guru', en: 'Teacher' },
  majikan: { id: 'Majikan', en: 'Employer' },
  rekan_kerja: { id: 'Rekan kerja', en: 'Co-worker' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};
