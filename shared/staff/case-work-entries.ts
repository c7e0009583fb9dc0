/**
 * The timeline entries of a correction of the classification and of an assessment, as stored and as staff
 * read them. The words (the reason for a correction, the assessment's note) are sealed with purpose `note`,
 * like every staff note, one data key each; the codes stay readable.
 */
import type { AssessmentCategories } from '../domain/assessment-vocabulary.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { Classification } from './classification.js';
import type { StaffCase } from './ports.js';
import type { StaffRef } from './timeline.js';

/** Only the fields that changed, before and after. */
export interface ClassificationEntry {
  readonly kind: 'classification';
  readonly at: string;
  readonly by: StaffRef;
  readonly from: Partial<Classification>;
  readonly to: Partial<Classification>;
  readonly reason: SealedEnvelope;
}

export interface AssessmentEntry {
  readonly kind: 'assessment';
  readonly at: string;
  readonly by: StaffRef;
  readonly assessment: AssessmentCategories;
  readonly note?: SealedEnvelope;
}

export interface ClassificationView extends Omit<ClassificationEntry, 'reason'> {
  readonly reason: string;
}

export interface AssessmentView extends Omit<AssessmentEntry, 'note'> {
  readonly note?: string;
}

/** The sealed words, both kinds alike. */
export interface SealedText {
  readonly text: string;
}

export async function openCaseWorkEntry(
  vault: IdentityVault,
  record: Pick<StaffCase, 'tenantId' | 'caseId'>,
  entry: ClassificationEntry | AssessmentEntry,
): Promise<ClassificationView | AssessmentView> {
  const open = (sealed: SealedEnvelope) =>
    vault.open<SealedText>({ tenant: record.tenantId, caseId: record.caseId, purpose: 'note' }, sealed).then(({ text }) => text);
  if (entry.kind === 'classification') return { ...entry, reason: await open(entry.reason) };
  const { note, ...codes } = entry;
  return note === undefined ? codes : { ...codes, note: await open(note) };
}
