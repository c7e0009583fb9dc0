/**
 * Reveal with approval (an approval-mode regency): a responder asks with a reason kind and sealed words,
 * a supervisor approves or refuses, and an approval lets that responder reveal once within
 * REVEAL_GRANT_HOURS (the reveal function checks and uses it). Requests and decisions are audit items of
 * their own and show on the case's timeline by kind only.
 */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import type { IdGenerator } from '../intake/ports.js';
import { parseOrThrow } from '../validation.js';
import { loadCase, staffRef } from './load-case.js';
import type { StaffDependencies } from './ports.js';
import {
  mayRevealDirectly,
  REVEAL_GRANT_HOURS,
  RevealReason,
  type RevealReasonKind,
  RevealRequestDecidedError,
  RevealRequestNotFoundError,
  RevealRequestNotNeededError,
} from './reveal-policy.js';
import type { RevealRequestRecord, RevealRequestStatus, RevealRequestStore } from './reveal-request-ports.js';
import type { StaffRef } from './timeline.js';

export interface RevealRequestDependencies extends Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'> {
  readonly revealRequests: RevealRequestStore;
  readonly ids: IdGenerator;
}

/** Request ids are ULIDs, like case ids. */
const REQUEST_ID = /^[0-9A-Za-z]{10,40}$/;

export const RevealDecisionRequest = z.object({ approve: z.boolean() });

/** A request as staff see it: the kind, never the words (those are for the deciding supervisor). */
export interface RevealRequestView {
  readonly requestId: string;
  readonly caseId: string;
  readonly reference: string;
  readonly requestedAt: string;
  readonly requestedBy: StaffRef;
  readonly reasonKind: RevealReasonKind;
  readonly status: RevealRequestStatus;
  readonly decidedAt?: string;
  readonly decidedBy?: StaffRef;
  readonly validUntil?: string;
  readonly usedAt?: string;
}

/** A pending request as the deciding supervisor sees it: with the requester's words, opened. */
export interface PendingRevealRequest extends RevealRequestView {
  readonly reason: string;
}

export async function requestReveal(
  deps: RevealRequestDependencies,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<RevealRequestView> {
  const { reasonKind, reason } = parseOrThrow(RevealReason, input);
  const current = await loadCase(deps.cases, session, caseId);
  if (mayRevealDirectly(session.tenant.revealMode, session.staff.role)) throw new RevealRequestNotNeededError();
  const sealed = await deps.vault.seal({ tenant: session.tenant.id, caseId: current.caseId, purpose: 'note' }, { text: reason });
  const request: RevealRequestRecord = {
    requestId: deps.ids.newId(),
    tenantId: session.tenant.id,
    caseId: current.caseId,
    reference: current.reference,
    requestedAt: deps.clock.now().toISOString(),
    requestedBy: staffRef(session.staff),
    reasonKind,
    reason: sealed,
    status: 'pending',
  };
  await deps.revealRequests.createRequest(request);
  deps.logger.info('reveal requested', { tenant: request.tenantId, caseId: request.caseId, requestId: request.requestId });
  return toView(request);
}

export async function decideRevealRequest(
  deps: RevealRequestDependencies,
  session: StaffSession,
  requestId: string | undefined,
  input: unknown,
): Promise<RevealRequestView> {
  requireSupervisor(session.staff);
  const { approve } = parseOrThrow(RevealDecisionRequest, input);
  const request = await findRequest(deps.revealRequests, session, requestId);
  if (request.status !== 'pending') throw new RevealRequestDecidedError();
  const now = deps.clock.now();
  const decision = {
    status: approve ? ('approved' as const) : ('refused' as const),
    decidedAt: now.toISOString(),
    decidedBy: staffRef(session.staff),
    validUntil: approve ? new Date(now.getTime() + REVEAL_GRANT_HOURS * 3_600_000).toISOString() : undefined,
  };
  if (!(await deps.revealRequests.decideRequest(request.tenantId, request.requestId, decision))) throw new RevealRequestDecidedError();
  deps.logger.info('reveal request decided', { tenant: request.tenantId, requestId: request.requestId, status: decision.status });
  return toView({ ...request, ...decision });
}

/** The regency's requests waiting for a supervisor, oldest first, each with its words opened. */
export async function listPendingRevealRequests(
  deps: RevealRequestDependencies,
  session: StaffSession,
): Promise<{ readonly requests: readonly PendingRevealRequest[] }> {
  requireSupervisor(session.staff);
  const pending = await deps.revealRequests.listPending(session.tenant.id);
  const requests = await Promise.all(
    pending.map(async (request) => {
      const { text } = await deps.vault.open<{ text: string }>(
        { tenant: request.tenantId, caseId: request.caseId, purpose: 'note' },
        request.reason,
      );
      return { ...toView(request), reason: text };
    }),
  );
  return { requests };
}

/** One case's requests (kinds and decisions only): what the case page shows and the reveal needs. */
export async function listCaseRevealRequests(
  deps: RevealRequestDependencies,
  session: StaffSession,
  caseId: string | undefined,
): Promise<{ readonly requests: readonly RevealRequestView[] }> {
  const current = await loadCase(deps.cases, session, caseId);
  const requests = await deps.revealRequests.listOfCase(session.tenant.id, current.caseId);
  return { requests: requests.map(toView) };
}

async function findRequest(store: RevealRequestStore, session: StaffSession, requestId: string | undefined): Promise<RevealRequestRecord> {
  const found = requestId && REQUEST_ID.test(requestId) ? await store.findRequest(session.tenant.id, requestId) : undefined;
  if (!found) throw new RevealRequestNotFoundError();
  return found;
}

function toView({ reason: _sealed, tenantId: _tenant, ...view }: RevealRequestRecord): RevealRequestView {
  return view;
}
