/**
 * Who works a case. Anyone may take a case ("me") or release their own; only supervisors assign others
 * (a person of the regency's directory: shared/oncall/directory-assignee.ts) or release someone else's.
 * One recorded change with its timeline entry, like every change; the assignee is sent the case's link.
 */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { directoryAssignee } from '../oncall/directory-assignee.js';
import type { StaffDirectory } from '../oncall/ports.js';
import { PersonId } from '../oncall/staff-person.js';
import { parseOrThrow } from '../validation.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import type { StaffDependencies } from './ports.js';
import type { Assignee } from './timeline.js';

export const AssignmentRequest = z.object({
  /**
   * `"me"`, a colleague of the directory (`{personId}`, or their sign-in e-mail as `{id, name}`; supervisors
   * only), or `null` to release the case.
   */
  assignee: z.union([
    z.literal('me'),
    z.null(),
    z.object({ personId: PersonId }),
    z.object({ id: z.email().max(254).transform((id) => id.toLowerCase()), name: z.string().trim().min(1).max(120) }),
  ]),
  expectedVersion: ExpectedVersion,
});

export interface AssignmentResult {
  readonly caseId: string;
  readonly assignee?: Assignee;
  readonly version: number;
}

/** Sends the assignee the case's link (shared/oncall/notify-assignee.ts). */
export interface AssigneeSms {
  notify(tenantId: string, caseId: string): Promise<unknown>;
}

export async function assignCase(
  deps: Pick<StaffDependencies, 'cases' | 'clock' | 'logger'> & {
    readonly directory: Pick<StaffDirectory, 'listPeople'>;
    readonly assigneeSms: AssigneeSms;
  },
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<AssignmentResult> {
  const request = parseOrThrow(AssignmentRequest, input);
  const { staff } = session;
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);

  const requested = request.assignee;
  // Checked before the directory is read: a responder learns nothing of it.
  if (requested !== null && requested !== 'me' && ('personId' in requested || requested.id !== staff.id)) requireSupervisor(staff);
  const assignee: Assignee | undefined =
    requested === 'me'
      ? { id: staff.id, name: staff.name }
      : requested === null
        ? undefined
        : await directoryAssignee(deps.directory, session.tenant.id, requested);
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
  // Whoever took the case themselves needs no SMS about it.
  if (assignee && assignee.id !== staff.id) await deps.assigneeSms.notify(session.tenant.id, current.caseId);
  return { caseId: current.caseId, assignee, version };
}
