/** The case list: the tenant's cases newest first, filtered, one page at a time. */
import type { StaffSession } from '../auth/authenticate-staff.js';
import { parseOrThrow } from '../validation.js';
import { CaseListQuery, toCaseFilter } from './case-filter.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { CaseSummary, StaffDependencies } from './ports.js';
import { isFollowUpOverdue } from './set-case-plan.js';
import { type SlaState, slaState } from './sla.js';

export interface CaseListItem extends CaseSummary {
  readonly sla: SlaState;
  /** The plan's day has passed (`tindak lanjut terlambat`). */
  readonly followUpOverdue: boolean;
}

export interface CaseList {
  readonly cases: readonly CaseListItem[];
  /** Present when there may be more: pass it back as `cursor`. */
  readonly nextCursor?: string;
}

export async function listCases(
  deps: Pick<StaffDependencies, 'cases' | 'clock'>,
  session: StaffSession,
  rawQuery: unknown,
): Promise<CaseList> {
  const query = parseOrThrow(CaseListQuery, rawQuery ?? {});
  const now = deps.clock.now();
  const page = await deps.cases.listCases(
    session.tenant.id,
    toCaseFilter(query, session, now),
    query.limit,
    decodeCursor(query.cursor),
  );
  return {
    cases: page.items.map((summary) => ({
      ...summary,
      sla: slaState(summary, now),
      followUpOverdue: isFollowUpOverdue(summary.plan, now, session.tenant.timeZone),
    })),
    nextCursor: encodeCursor(page.resumeAfter),
  };
}
