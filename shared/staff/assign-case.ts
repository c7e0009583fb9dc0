/**
 * Who works a case. Anyone may take a case ("me") or release their own; only supervisors assign others
 * or release someone else's. One recorded change with its timeline entry, like every change.
 */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { parseOrThrow } from '../validation.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import type { StaffDependencies } from './ports.js';
import type { Assignee } from './timeline.js';

export const AssignmentRequest = z.object({
  /** `"me"`, a colleague (work email and name; supervisors only), or `null` to release the case. */
  assignee: z.union([
    z.literal('me'),
    z.null(),
    z.object({ id: z.email().max(254).transform((id) => id.toLowerCase()), name: z.string().trim().min(1).max(120) }),
  ]),
  expectedVersion: ExpectedVersion,
});

export interface AssignmentResult {
  readonly caseId: string;
  readonly assignee?: Assignee;
  readonly version: number;
}

export async function assignCase(
  deps: Pick<StaffDependencies, 'cases' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<AssignmentResult> {
  const request = parseOrThrow(AssignmentRequest, input);
  const { staff } = session;
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);

  const assignee: Assignee | undefined =
    request.assignee === 'me' ? { id: staff.id, name: staff.name } : (request.assignee ?? undefined);
  const touchesOthers = [current.assignee?.id, assignee?.id].some((id) => id !== undefined && id !== staff.id);
  if (touchesOthers) requireSupervisor(staff);
  if (assignee?.id === current.assignee?.id) return { caseId: current.caseId, assignee, version: current.version };

  const at = deps.clock.now().toISOString();
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: { kind: 'assignment', at, by: staffRef(staff), assignee },
    ...(assignee ? { set: { assignee } } : { remove: ['assignee'] }),
  });
  deps.logger.info('case assignment changed', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, assignee, version };
}
