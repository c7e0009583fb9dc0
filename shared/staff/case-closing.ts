/**
 * Closing a case is a decision, not a tap. A responder asks to close (a closing reason from the case
 * path's list, nothing preselected, and an optional note); the case then shows "menunggu persetujuan
 * penutupan" until a supervisor approves (the case closes: `closedAt`, `closingReason`) or sends it back
 * with a reason. A supervisor's own request closes the case at once: approving is theirs to do, and a
 * second supervisor is not always on duty in a UPTD. A supervisor may reopen a closed case with a reason.
 *
 * Every step is one recorded change with its timeline entry; free-text reasons are sealed like notes. A
 * closed case has long left the SLA schedule (only `diterima` is watched, and closing needs an assessment
 * first); reopening does not restart the one-day clock: the assessment was made and measured once, and the
 * case rejoins the open list at its urgency and original due time.
 */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { ClosingReason, closingReasonsFrom } from '../domain/case-path.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import { CloseRequestPendingError, InvalidTransitionError, NoCloseRequestError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { NOTE_MAX_LENGTH } from './add-case-note.js';
import type { CaseChangeContent } from './case-change.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import type { StaffCase, StaffDependencies } from './ports.js';
import type { StaffRef } from './timeline.js';

const Reason = z.string().trim().min(1).max(NOTE_MAX_LENGTH);

export const CloseRequestBody = z.object({
  closingReason: ClosingReason,
  /** Why, in the responder's words (sealed). */
  note: Reason.optional(),
  expectedVersion: ExpectedVersion,
});

export const CloseDecisionBody = z
  .object({
    decision: z.enum(['approve', 'return']),
    /** Why the request goes back: required when it does (sealed). */
    reason: Reason.optional(),
    expectedVersion: ExpectedVersion,
  })
  .refine((body) => body.decision === 'approve' || body.reason !== undefined, {
    message: 'a reason is required when a close request is sent back',
    path: ['reason'],
  });

export const ReopenBody = z.object({ reason: Reason, expectedVersion: ExpectedVersion });

/** Where a reopened case goes: back to the office's own handling. */
const REOPENED_STATUS: CaseStatus = 'penanganan';

export interface ClosingResult {
  readonly caseId: string;
  readonly status: CaseStatus;
  /** The case waits for a supervisor's decision on closing. */
  readonly closeRequested: boolean;
  readonly version: number;
}

type ClosingDependencies = Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'>;

interface CloseNow {
  readonly from: CaseStatus;
  readonly closingReason: ClosingReason;
  readonly at: string;
  readonly by: StaffRef;
  readonly requestedBy?: StaffRef;
  readonly note?: SealedEnvelope;
}

/** The change that closes a case: out of the open list, any pending request settled by it. */
export function closeCaseChange(close: CloseNow): CaseChangeContent {
  const { from, closingReason, at, by, requestedBy, note } = close;
  return {
    entry: { kind: 'status', at, by, from, to: 'selesai', closingReason, requestedBy, note },
    set: { status: 'selesai', closedAt: at, closingReason },
    remove: ['closeRequest', 'openCase'],
  };
}

/** A responder asks to close; a supervisor closes. */
export async function requestClosing(
  deps: ClosingDependencies,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<ClosingResult> {
  const request = parseOrThrow(CloseRequestBody, input);
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  requireClosable(current, request.closingReason);
  if (current.closeRequest) throw new CloseRequestPendingError();

  const note = request.note === undefined ? undefined : await sealReason(deps, current, request.note);
  const at = deps.clock.now().toISOString();
  const by = staffRef(session.staff);
  const supervisor = session.staff.role === 'supervisor';
  const content: CaseChangeContent = supervisor
    ? closeCaseChange({ from: current.status, closingReason: request.closingReason, at, by, note })
    : {
        entry: { kind: 'close_request', at, by, closingReason: request.closingReason, note },
        set: { closeRequest: { at, by, closingReason: request.closingReason } },
      };
  const version = await save(deps, session, current, request.expectedVersion, content);
  deps.logger.info(supervisor ? 'case closed' : 'case close requested', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, status: supervisor ? 'selesai' : current.status, closeRequested: !supervisor, version };
}

/** A supervisor approves a close request (the case closes) or sends it back with a reason. */
export async function decideClosing(
  deps: ClosingDependencies,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<ClosingResult> {
  const decision = parseOrThrow(CloseDecisionBody, input);
  const current = await loadForSupervisor(deps, session, caseId, decision.expectedVersion);
  const pending = current.closeRequest;
  if (!pending) throw new NoCloseRequestError();

  const at = deps.clock.now().toISOString();
  const by = staffRef(session.staff);
  let content: CaseChangeContent;
  if (decision.decision === 'approve') {
    // The case may have moved along its path since the request: the reason must still fit.
    requireClosable(current, pending.closingReason);
    content = closeCaseChange({ from: current.status, closingReason: pending.closingReason, at, by, requestedBy: pending.by });
  } else {
    const note = await sealReason(deps, current, decision.reason ?? '');
    content = { entry: { kind: 'close_returned', at, by, requestedBy: pending.by, note }, remove: ['closeRequest'] };
  }
  const version = await save(deps, session, current, decision.expectedVersion, content);
  const approved = decision.decision === 'approve';
  deps.logger.info(approved ? 'case close approved' : 'case close returned', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, status: approved ? 'selesai' : current.status, closeRequested: false, version };
}

/** A supervisor reopens a closed case, with a reason: back to handling, back in the open list. */
export async function reopenCase(
  deps: ClosingDependencies,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<ClosingResult> {
  const request = parseOrThrow(ReopenBody, input);
  const current = await loadForSupervisor(deps, session, caseId, request.expectedVersion);
  if (current.status !== 'selesai') throw new InvalidTransitionError(current.status, REOPENED_STATUS);

  const note = await sealReason(deps, current, request.reason);
  const at = deps.clock.now().toISOString();
  const version = await save(deps, session, current, request.expectedVersion, {
    entry: { kind: 'reopened', at, by: staffRef(session.staff), to: REOPENED_STATUS, note },
    set: { status: REOPENED_STATUS, openCase: true },
    remove: ['closedAt', 'closingReason'],
  });
  deps.logger.info('case reopened', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, status: REOPENED_STATUS, closeRequested: false, version };
}

/** The case for a supervisor's step: another regency's is a 404 before a responder's 403, a stale one a 409. */
async function loadForSupervisor(
  deps: ClosingDependencies,
  session: StaffSession,
  caseId: string | undefined,
  expectedVersion: number,
): Promise<StaffCase> {
  const current = await loadCase(deps.cases, session, caseId);
  requireSupervisor(session.staff);
  requireVersion(current, expectedVersion);
  return current;
}

function requireClosable(current: StaffCase, closingReason: ClosingReason): void {
  if (!closingReasonsFrom(current.status).includes(closingReason)) throw new InvalidTransitionError(current.status, 'selesai');
}

/** Staff's words may name the victim or the family: sealed like a note, after the case was found current. */
function sealReason(deps: Pick<ClosingDependencies, 'vault'>, current: StaffCase, text: string): Promise<SealedEnvelope> {
  return deps.vault.seal({ tenant: current.tenantId, caseId: current.caseId, purpose: 'note' }, { text });
}

function save(
  deps: ClosingDependencies,
  session: StaffSession,
  current: StaffCase,
  expectedVersion: number,
  content: CaseChangeContent,
): Promise<number> {
  return saveCaseChange(deps, { ...content, tenantId: session.tenant.id, caseId: current.caseId, expectedVersion });
}
