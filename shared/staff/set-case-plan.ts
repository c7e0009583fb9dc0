/**
 * The case plan: the next step (the staff's words, sealed) and its day in the regency. The assignee is
 * reminded on that day; a plan whose day has passed shows as an overdue follow-up in the case list.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { parseOrThrow } from '../validation.js';
import { NOTE_MAX_LENGTH } from './add-case-note.js';
import { CaseDate } from './case-filter.js';
import { FOLLOW_UP_REMINDER_LOCAL_HOUR, type PlanState } from './casework-clock.js';
import { caseworkWatchAfter } from './casework-watch.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import { localDateOf, startOfLocalDay } from './local-dates.js';
import type { StaffDependencies } from './ports.js';

export const PlanRequest = z.object({
  nextStep: z.string().trim().min(1).max(NOTE_MAX_LENGTH),
  dueDate: CaseDate,
  expectedVersion: ExpectedVersion,
});

export async function setCasePlan(
  deps: Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<{ caseId: string; plan: PlanState; version: number }> {
  const request = parseOrThrow(PlanRequest, input);
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  const nextStep = await deps.vault.seal({ tenant: session.tenant.id, caseId: current.caseId, purpose: 'note' }, { text: request.nextStep });

  const now = deps.clock.now();
  const dayStart = Date.parse(startOfLocalDay(request.dueDate, session.tenant.timeZone));
  const plan: PlanState = {
    dueDate: request.dueDate,
    remindAt: new Date(dayStart + FOLLOW_UP_REMINDER_LOCAL_HOUR * 3_600_000).toISOString(),
    setAt: now.toISOString(),
  };
  const watch = caseworkWatchAfter(current, { plan });
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: { kind: 'plan', at: plan.setAt, by: staffRef(session.staff), dueDate: request.dueDate, nextStep },
    set: { plan, ...watch.set },
    remove: watch.remove,
  });
  deps.logger.info('case plan set', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, plan, version };
}

/** Whether the plan's day is before today in the regency: an overdue follow-up. */
export function isFollowUpOverdue(plan: PlanState | undefined, now: Date, timeZone: string): boolean {
  return plan !== undefined && plan.dueDate < localDateOf(now, timeZone);
}
