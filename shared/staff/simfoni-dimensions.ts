/**
 * SIMFONI-PPA's reporting dimensions as one list: the numbers, the printable report and the CSV all read it,
 * so a further dimension (e.g. services given) is one more entry here. A case counts once under each of its
 * codes (two forms of violence: once under each). SIMFONI counts victims apart from cases; an assessment
 * records exactly one victim, so per victim equals per case until a case can carry several. Perpetrator
 * dimensions also count persons (each alleged perpetrator once).
 */
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  FORM_OF_VIOLENCE_LABELS,
  FORMS_OF_VIOLENCE,
  PERPETRATOR_RELATION_LABELS,
  PERPETRATOR_RELATIONS,
  PLACE_LABELS,
  PLACES,
  SEX_LABELS,
  SEXES,
} from '../domain/assessment-vocabulary.js';
import type { Labels } from '../domain/vocabulary.js';
import type { CaseSummary } from './ports.js';
import { SERVICE_GIVEN_LABELS, SERVICES_GIVEN } from './services-given.js';

/** The bucket of cases without an assessment record yet (key `""`). */
export const NOT_ASSESSED_LABEL = 'Belum diasesmen';

export interface SimfoniDimension {
  readonly name: string;
  /** Indonesian heading of its table and chart. */
  readonly title: string;
  readonly csvColumn: string;
  readonly codes: readonly string[];
  readonly labels: Labels<string>;
  /** The case's codes in this dimension (repeats allowed for persons), or undefined when not assessed. */
  readonly codesOf: (c: CaseSummary) => readonly string[] | undefined;
  /** Set when the codes belong to persons other than the victim: their count is given too. */
  readonly countsPersons?: 'perpetrators';
}

const assessed =
  <T>(pick: (a: NonNullable<CaseSummary['assessment']>) => T | readonly T[]) =>
  (c: CaseSummary): readonly T[] | undefined =>
    c.assessment ? [pick(c.assessment)].flat() as readonly T[] : undefined;

export const SIMFONI_DIMENSIONS: readonly SimfoniDimension[] = [
  { name: 'formOfViolence', title: 'Bentuk kekerasan', csvColumn: 'bentuk_kekerasan', codes: FORMS_OF_VIOLENCE, labels: FORM_OF_VIOLENCE_LABELS, codesOf: assessed((a) => a.formsOfViolence) },
  { name: 'place', title: 'Tempat kejadian', csvColumn: 'tempat_kejadian', codes: PLACES, labels: PLACE_LABELS, codesOf: assessed((a) => a.place) },
  { name: 'victimAgeBand', title: 'Usia korban', csvColumn: 'usia_korban', codes: AGE_BANDS, labels: AGE_BAND_LABELS, codesOf: assessed((a) => a.victim.ageBand) },
  { name: 'victimSex', title: 'Jenis kelamin korban', csvColumn: 'jenis_kelamin_korban', codes: SEXES, labels: SEX_LABELS, codesOf: assessed((a) => a.victim.sex) },
  { name: 'perpetratorRelation', title: 'Hubungan pelaku dengan korban', csvColumn: 'hubungan_pelaku', codes: PERPETRATOR_RELATIONS, labels: PERPETRATOR_RELATION_LABELS, codesOf: assessed((a) => a.perpetrators.map((p) => p.relation)), countsPersons: 'perpetrators' },
  { name: 'perpetratorSex', title: 'Jenis kelamin pelaku', csvColumn: 'jenis_kelamin_pelaku', codes: SEXES, labels: SEX_LABELS, codesOf: assessed((a) => a.perpetrators.map((p) => p.sex)), countsPersons: 'perpetrators' },
  // Services given (services-given.ts), a case under each kind it received; none yet counts nowhere.
  { name: 'service', title: 'Layanan yang diberikan', csvColumn: 'layanan', codes: SERVICES_GIVEN, labels: SERVICE_GIVEN_LABELS, codesOf: (c) => c.servicesGiven ?? [] },
];

export interface SimfoniRow {
  /** A code, or `""` for cases not assessed yet. */
  readonly key: string;
  readonly label: string;
  readonly cases: number;
  /** One victim per assessed case today: equal to `cases`. */
  readonly victims: number;
  /** Only in perpetrator dimensions: alleged perpetrators with this code. */
  readonly perpetrators?: number;
}

export interface SimfoniTable {
  readonly name: string;
  readonly title: string;
  readonly rows: readonly SimfoniRow[];
}

/** The Indonesian label of a code (or of the not-assessed bucket). */
export function simfoniLabel(dimension: SimfoniDimension, key: string): string {
  return key === '' ? NOT_ASSESSED_LABEL : (dimension.labels[key]?.id ?? key);
}

/** Pure: every code listed, zeros included, and the not-assessed bucket when a case has no record. */
export function simfoniTables(cases: readonly CaseSummary[]): SimfoniTable[] {
  return SIMFONI_DIMENSIONS.map((dimension) => {
    const keys = [...dimension.codes, ...(cases.some((c) => !dimension.codesOf(c)) ? [''] : [])];
    const tally = new Map(keys.map((key) => [key, { cases: 0, persons: 0 }]));
    for (const c of cases) {
      const codes = dimension.codesOf(c) ?? [''];
      for (const code of codes) {
        const entry = tally.get(code) ?? { cases: 0, persons: 0 };
        entry.persons++;
        tally.set(code, entry);
      }
      for (const code of new Set(codes)) (tally.get(code) ?? { cases: 0 }).cases++;
    }
    return {
      name: dimension.name,
      title: dimension.title,
      rows: [...tally].map(([key, { cases: caseCount, persons }]) => ({
        key,
        label: simfoniLabel(dimension, key),
        cases: caseCount,
        victims: caseCount,
        ...(dimension.countsPersons && key !== '' ? { perpetrators: persons } : {}),
      })),
    };
  });
}
