/**
 * What was done, in the staff's words. The text may name the victim or the family, so it is sealed
 * (purpose `note`, its own data key) before it is stored; only the action code stays in plaintext.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { parseOrThrow } from '../validation.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import type { StaffDependencies } from './ports.js';
import { NoteAction } from './timeline.js';

/** Long enough for a visit report (each note is its own item in the case's history). */
export const NOTE_MAX_LENGTH = 1500;

export const NoteRequest = z.object({
  text: z.string().trim().min(1).max(NOTE_MAX_LENGTH),
  action: NoteAction.optional(),
  expectedVersion: ExpectedVersion,
});

export interface NoteResult {
  readonly caseId: string;
  readonly version: number;
}

export async function addCaseNote(
  deps: Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<NoteResult> {
  const request = parseOrThrow(NoteRequest, input);
  // Found and current before anything is sealed: no data key is spent on a request that cannot succeed.
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  const note = await deps.vault.seal({ tenant: session.tenant.id, caseId: current.caseId, purpose: 'note' }, { text: request.text });

  const at = deps.clock.now().toISOString();
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: { kind: 'note', at, by: staffRef(session.staff), action: request.action, note },
  });
  deps.logger.info('case note added', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, version };
}
