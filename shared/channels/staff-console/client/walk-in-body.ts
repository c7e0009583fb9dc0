/** The walk-in form's answers as the API takes them (pure). */
import type { AgeGroup, Category, DangerAnswer, Gender, Relation, Service, Urgency } from '#shared/domain/vocabulary.js';
import type { ReporterRole } from '#shared/intake/reporter-role.js';
import type { WalkInBody } from './api.js';

export interface WalkInAnswers {
  readonly reporterRole: ReporterRole;
  readonly service: Service;
  readonly category?: Category;
  /** Absent: triage decides from what was said. */
  readonly urgency?: Urgency;
  readonly immediateDanger: DangerAnswer;
  readonly narrative: string;
  readonly kecamatan?: string;
  readonly ageGroup: AgeGroup;
  readonly gender: Gender;
  readonly relationToReporter: Relation;
  /** Free text as typed; blank answers are left out. */
  readonly locationDetail: string;
  readonly occurred: string;
  readonly reporterName: string;
  readonly reporterPhone: string;
  readonly victimPhone: string;
  readonly victimAddress: string;
  readonly contactBack: boolean;
}

/**
 * The request for a form whose (required) consent box is ticked. A name or a number makes the reporter
 * named, neither keeps them anonymous; the victim's contact goes only when some of it was given.
 */
export function walkInBody(answers: WalkInAnswers, submissionId: string): WalkInBody {
  const given = (value: string) => value.trim() || undefined;
  const name = given(answers.reporterName);
  const phone = given(answers.reporterPhone);
  const victimPhone = given(answers.victimPhone);
  const victimAddress = given(answers.victimAddress);
  return {
    submissionId,
    reporterRole: answers.reporterRole,
    service: answers.service,
    category: answers.category,
    urgency: answers.urgency,
    narrative: answers.narrative,
    location: { kecamatan: answers.kecamatan, detail: given(answers.locationDetail) },
    occurred: { description: given(answers.occurred) },
    victim: { ageGroup: answers.ageGroup, gender: answers.gender, relationToReporter: answers.relationToReporter },
    immediateDanger: answers.immediateDanger,
    reporter: name || phone ? { anonymous: false, name, phone } : { anonymous: true },
    victimContact: victimPhone || victimAddress ? { phone: victimPhone, address: victimAddress } : undefined,
    consent: { dataProcessing: true, contactBack: answers.contactBack },
  };
}
