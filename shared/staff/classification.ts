/**
 * How a case is classified: the service asked for, the kinds of violence (the first is the case's main
 * `category`), the urgency tier and the kecamatan. Intake files them (the reporter's answers and triage's
 * rating); staff may correct them later (correct-classification.ts), and from then on every list, number,
 * export and SLA tier reads the corrected values while `triage` keeps what intake filed.
 */
import type { AssessmentCategories } from '../domain/assessment-vocabulary.js';
import type { Category, Service, Urgency } from '../domain/vocabulary.js';

export interface Classification {
  readonly service: Service;
  /** Main kind first; one or more, each once. */
  readonly categories: readonly Category[];
  readonly urgency: Urgency;
  readonly kecamatan?: string;
}

/** A sentence or two: why, not the case's story (that goes in a note). */
export const CLASSIFICATION_REASON_MAX_LENGTH = 500;

export type ClassificationField = keyof Classification;
export const CLASSIFICATION_FIELDS = ['service', 'categories', 'urgency', 'kecamatan'] as const satisfies readonly ClassificationField[];

/** The latest assessment of a case in SIMFONI-PPA's categories (codes only), and when it was recorded. */
export interface RecordedAssessment extends AssessmentCategories {
  readonly recordedAt: string;
}

/** What the classification fields of a case read: cases filed before corrections keep one category. */
export interface ClassifiedCase {
  readonly service: Service;
  readonly category: Category;
  readonly categories?: readonly Category[];
  readonly urgency: Urgency;
  readonly kecamatan?: string;
}

/** The kinds of violence of a case, main one first. */
export function categoriesOf(c: Pick<ClassifiedCase, 'category' | 'categories'>): readonly Category[] {
  return c.categories?.length ? c.categories : [c.category];
}

/** The case's classification as it now stands. */
export function classificationOf(c: ClassifiedCase): Classification {
  return {
    service: c.service,
    categories: categoriesOf(c),
    urgency: c.urgency,
    ...(c.kecamatan ? { kecamatan: c.kecamatan } : {}),
  };
}
