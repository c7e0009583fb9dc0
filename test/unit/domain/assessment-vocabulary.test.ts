import { describe, expect, it } from 'vitest';
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  AssessmentCategories,
  CASE_CONTEXT_LABELS,
  CASE_CONTEXTS,
  DISABILITY_KIND_LABELS,
  DISABILITY_KINDS,
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  FORM_OF_VIOLENCE_LABELS,
  FORMS_OF_VIOLENCE,
  MAX_PERPETRATORS,
  PERPETRATOR_RELATION_LABELS,
  PERPETRATOR_RELATIONS,
  PLACE_LABELS,
  PLACES,
  SEX_LABELS,
  SEXES,
} from '#shared/domain/assessment-vocabulary.js';

const RECORD = {
  formsOfViolence: ['seksual'],
  place: 'rumah_tangga',
  victim: { ageBand: '13_17', sex: 'perempuan', disability: { present: false }, education: 'smp' },
  perpetrators: [{ sex: 'laki_laki', ageBand: '25_44', relation: 'suami_istri' }],
};

const issuesOf = (input: unknown) => AssessmentCategories.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('the assessment vocabulary', () => {
  it('has SIMFONI-PPA\'s forms of violence, places, age bands and perpetrator relations', () => {
    // Assess
    expect(FORMS_OF_VIOLENCE).toEqual(['fisik', 'psikis', 'seksual', 'eksploitasi', 'perdagangan_orang', 'penelantaran', 'lainnya']);
    expect(PLACES).toEqual(['rumah_tangga', 'tempat_kerja', 'sekolah', 'fasilitas_umum', 'lembaga_pendidikan', 'lainnya']);
    expect(AGE_BANDS.slice(0, 7)).toEqual(['0_5', '6_12', '13_17', '18_24', '25_44', '45_59', '60_plus']);
    expect(PERPETRATOR_RELATIONS).toEqual([
      'orang_tua',
      'keluarga',
      'suami_istri',
      'pacar_teman',
      'tetangga',
      'guru',
      'majikan',
      'rekan_kerja',
      'lainnya',
    ]);
  });

  it.each([
    ['forms of violence', FORMS_OF_VIOLENCE, FORM_OF_VIOLENCE_LABELS],
    ['contexts', CASE_CONTEXTS, CASE_CONTEXT_LABELS],
    ['places', PLACES, PLACE_LABELS],
    ['age bands', AGE_BANDS, AGE_BAND_LABELS],
    ['sexes', SEXES, SEX_LABELS],
    ['disability kinds', DISABILITY_KINDS, DISABILITY_KIND_LABELS],
    ['education levels', EDUCATION_LEVELS, EDUCATION_LABELS],
    ['relations', PERPETRATOR_RELATIONS, PERPETRATOR_RELATION_LABELS],
  ] as const)('labels every code of the %s in Indonesian and English, in the vocabulary\'s order', (_name, codes, labels) => {
    // Assess
    expect(Object.keys(labels)).toEqual([...codes]);
    for (const label of Object.values<{ id: string; en: string }>(labels)) expect([label.id.length > 0, label.en.length > 0]).toEqual([true, true]);
  });
});

describe('AssessmentCategories', () => {
  it('accepts a record with several forms of violence, child marriage and online violence', () => {
    // Act
    const parsed = AssessmentCategories.parse({ ...RECORD, formsOfViolence: ['seksual', 'psikis'], contexts: ['perkawinan_anak', 'kbgo'] });

    // Assess
    expect(parsed.contexts).toEqual(['perkawinan_anak', 'kbgo']);
    expect(parsed.victim.disability).toEqual({ present: false, kinds: [] });
  });

  it('takes a record without special contexts as having none', () => {
    // Act
    const parsed = AssessmentCategories.parse(RECORD);

    // Assess
    expect(parsed.contexts).toEqual([]);
  });

  it.each([
    ['a form of violence twice', { formsOfViolence: ['fisik', 'fisik'] }, 'formsOfViolence'],
    ['no form of violence', { formsOfViolence: [] }, 'formsOfViolence'],
    ['a context twice', { contexts: ['kbgo', 'kbgo'] }, 'contexts'],
    ['an unknown place', { place: 'pasar' }, 'place'],
    ['disability kinds without a disability', { victim: { ...RECORD.victim, disability: { present: false, kinds: ['netra'] } } }, 'victim.disability.kinds'],
    ['an unknown education level', { victim: { ...RECORD.victim, education: 's3' } }, 'victim.education'],
    ['no perpetrator', { perpetrators: [] }, 'perpetrators'],
    ['too many perpetrators', { perpetrators: Array(MAX_PERPETRATORS + 1).fill(RECORD.perpetrators[0]) }, 'perpetrators'],
    ['an unknown relation', { perpetrators: [{ ...RECORD.perpetrators[0], relation: 'dukun' }] }, 'perpetrators.0.relation'],
    ['words where a code belongs', { place: 'rumah Bu Sumi di RT 03' }, 'place'],
  ])('refuses %s, naming the field', (_name, change, field) => {
    // Act
    const issues = issuesOf({ ...RECORD, ...change });

    // Assess
    expect(issues).toContain(field);
  });
});
