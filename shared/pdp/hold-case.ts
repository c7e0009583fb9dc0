/**
 * Legal hold: a supervisor keeps a case out of retention while a court, the police or the prosecutor need it
 * (UU 27/2022: processing tied to legal proceedings does not end). The kind of reason is plaintext, for the
 * audit; the words are sealed (purpose `note`). Releasing puts a closed case back in the retention schedule.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { requireSupervisor } from '../auth/authenticate-staff.js';
import { AppError } from '../errors.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from '../staff/load-case.js';
import type { StaffDependencies } from '../staff/ports.js';
import { HoldReasonKind } from '../staff/timeline.js';
import { parseOrThrow } from '../validation.js';

export const HoldRequest = z.object({
  held: z.boolean(),
  reasonKind: HoldReasonKind,
  reason: z.string().trim().min(1).max(1000),
  expectedVersion: ExpectedVersion,
});

export interface HoldResult {
  readonly caseId: string;
  readonly held: boolean;
  readonly version: number;
}

/** Holding a held case (or releasing a free one) would record nothing new. */
export class HoldUnchangedError extends AppError {
  constructor(held: boolean) {
    super(
      409,
      held ? 'ALREADY_HELD' : 'NOT_HELD',
      held
        ? { id: 'Kasus ini sudah ditahan (legal hold).', en: 'This case is already on legal hold.' }
        : { id: 'Kasus ini tidak sedang ditahan.', en: 'This case is not on legal hold.' },
    );
  }
}

export async function holdCase(
  deps: Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<HoldResult> {
  requireSupervisor(session.staff);
  const request = parseOrThrow(HoldRequest, input);
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  if (request.held === (current.legalHold !== undefined)) throw new HoldUnchangedError(request.held);
  const reason = await deps.vault.seal({ tenant: session.tenant.id, caseId: current.caseId, purpose: 'note' }, { text: request.reason });

  const at = deps.clock.now().toISOString();
  const by = staffRef(session.staff);
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: { kind: 'hold', at, by, held: request.held, reasonKind: request.reasonKind, reason },
    ...(request.held
      ? { set: { legalHold: { since: at, by, reasonKind: request.reasonKind } }, remove: ['retentionWatch'] as const }
      : {
          // Back in the schedule from its closure: the job plans it again under the regency's rule.
          set: current.closedAt ? { retentionWatch: { stage: 'closed' as const, at: current.closedAt } } : undefined,
          remove: ['legalHold'] as const,
        }),
  });
  deps.logger.info(request.held ? 'case held' : 'case hold released', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, held: request.held, version };
}
