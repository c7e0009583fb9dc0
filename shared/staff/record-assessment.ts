/**
 * The assessment record in SIMFONI-PPA's categories (assessment-vocabulary.ts): what the office must enter
 * in the ministry's system for every handled case. The latest record wins on the case (its codes, plaintext,
 * for the numbers); every earlier one stays on the timeline. The note, in staff's words, is sealed like any
 * staff note. Responders and supervisors alike record it.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { AssessmentCategories } from '../domain/assessment-vocabulary.js';
import { parseOrThrow } from '../validation.js';
import { NOTE_MAX_LENGTH } from './add-case-note.js';
import type { RecordedAssessment } from './classification.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import type { StaffDependencies } from './ports.js';

export const AssessmentRequest = AssessmentCategories.extend({
  /** What the codes cannot say ("lainnya", the circumstances): sealed, never counted. */
  note: z.string().trim().max(NOTE_MAX_LENGTH).optional(),
  expectedVersion: ExpectedVersion,
});

export interface AssessmentResult {
  readonly caseId: string;
  readonly version: number;
  readonly assessment: RecordedAssessment;
}

export async function recordAssessment(
  deps: Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<AssessmentResult> {
  const { note: text, expectedVersion, ...assessment } = parseOrThrow(AssessmentRequest, input);
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, expectedVersion);
  const context = { tenant: session.tenant.id, caseId: current.caseId, purpose: 'note' } as const;
  const note = text ? await deps.vault.seal(context, { text }) : undefined;

  const at = deps.clock.now().toISOString();
  const recorded: RecordedAssessment = { ...assessment, recordedAt: at };
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion,
    entry: { kind: 'assessment', at, by: staffRef(session.staff), assessment, ...(note ? { note } : {}) },
    set: { assessment: recorded },
  });
  deps.logger.info('case assessment recorded', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, version, assessment: recorded };
}
