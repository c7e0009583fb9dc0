/**
 * A data subject asks at the desk (or by phone) for a copy, a correction or the erasure of their data: any
 * staff member records it on the case, with the same 3 × 24 h clock as a request from the reporter's inbox.
 * What the person said is sealed like their own words in the thread (purpose `thread`).
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from '../staff/load-case.js';
import type { StaffDependencies } from '../staff/ports.js';
import { DATA_REQUEST_KINDS } from '../staff/timeline.js';
import { DATA_REQUEST_HOURS, sealThreadText, THREAD_TEXT_MAX_LENGTH } from '../thread/thread-entries.js';
import { parseOrThrow } from '../validation.js';

export const DeskDataRequest = z.object({
  request: z.enum(DATA_REQUEST_KINDS),
  /** What the person asked for, in their words (optional). */
  text: z.string().trim().min(1).max(THREAD_TEXT_MAX_LENGTH).optional(),
  expectedVersion: ExpectedVersion,
});

export interface DeskDataRequestResult {
  readonly caseId: string;
  /** The request's id: the version of its entry. */
  readonly requestId: number;
  readonly dueAt: string;
  readonly version: number;
}

export async function recordDeskDataRequest(
  deps: Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<DeskDataRequestResult> {
  const request = parseOrThrow(DeskDataRequest, input);
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  const now = deps.clock.now();
  const dueAt = new Date(now.getTime() + DATA_REQUEST_HOURS * 3_600_000).toISOString();
  const reply = request.text === undefined ? undefined : await sealThreadText(deps.vault, session.tenant.id, current.caseId, request.text);
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: {
      kind: 'dataRequest',
      at: now.toISOString(),
      request: request.request,
      dueAt,
      recordedBy: staffRef(session.staff),
      ...(reply ? { reply } : {}),
    },
  });
  deps.logger.info('desk data request recorded', { tenant: session.tenant.id, caseId: current.caseId, request: request.request, version });
  return { caseId: current.caseId, requestId: version, dueAt, version };
}
