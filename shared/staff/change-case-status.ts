/**
 * A step along the case path (shared/domain/case-path.ts). One recorded change carries the new status,
 * the timeline entry and, when the case leaves `diterima`, `assessedAt` and its exit from the SLA
 * schedule; a stale version or a concurrent change is a 409, never a silent overwrite. Closing here is a
 * supervisor's (403 for a responder, who asks through a close request: case-closing.ts).
 */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { ClosingReason, isAllowedTransition } from '../domain/case-path.js';
import { CaseStatus } from '../domain/vocabulary.js';
import { InvalidTransitionError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { cancelMootEscalations } from './cancel-moot-escalations.js';
import { closeCaseChange } from './case-closing.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import type { StaffDependencies } from './ports.js';

export const StatusChangeRequest = z
  .object({
    status: CaseStatus,
    closingReason: ClosingReason.optional(),
    /** The case version the caller saw (optimistic locking). */
    expectedVersion: ExpectedVersion,
  })
  .refine((request) => (request.status === 'selesai') === (request.closingReason !== undefined), {
    message: 'a closing reason (terminasi or reintegrasi_sosial) is given exactly when the status becomes selesai',
    path: ['closingReason'],
  });

export interface StatusChangeResult {
  readonly caseId: string;
  readonly status: CaseStatus;
  readonly version: number;
}

export async function changeCaseStatus(
  deps: Pick<StaffDependencies, 'cases' | 'outbox' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<StatusChangeResult> {
  const request = parseOrThrow(StatusChangeRequest, input);
  const current = await loadCase(deps.cases, session, caseId);
  // Closing is a supervisor's decision (case-closing.ts): a responder asks through a close request.
  if (request.status === 'selesai') requireSupervisor(session.staff);
  requireVersion(current, request.expectedVersion);
  const from = current.status;
  const to = request.status;
  if (!isAllowedTransition(from, to, request.closingReason)) throw new InvalidTransitionError(from, to);

  const at = deps.clock.now().toISOString();
  const by = staffRef(session.staff);
  const leavesAssessmentWait = from === 'diterima';
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    ...(request.closingReason
      ? closeCaseChange({ from, closingReason: request.closingReason, at, by })
      : {
          entry: { kind: 'status', at, by, from, to },
          set: { status: to, ...(leavesAssessmentWait ? { assessedAt: at } : {}) },
          // Out of the SLA schedule in the very change that ends the wait for assessment.
          remove: leavesAssessmentWait ? ['slaWatch'] : undefined,
        }),
  });
  deps.logger.info('case status changed', { tenant: session.tenant.id, caseId: current.caseId, from, to, version });
  if (leavesAssessmentWait) await cancelMootEscalations(deps, session.tenant.id, current.caseId);
  return { caseId: current.caseId, status: to, version };
}
