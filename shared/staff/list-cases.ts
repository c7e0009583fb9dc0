/** The case list: the tenant's cases newest first, filtered, one page at a time. */
import type { StaffSession } from '../auth/authenticate-staff.js';
import { parseOrThrow } from '../validation.js';
import { CaseListQuery, toCaseFilter } from './case-filter.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { CaseSummary, StaffDependencies } from './ports.js';
import { type SlaState, slaState } from './sla.js';

export interface CaseListItem extends CaseSummary {
  readonly sla: SlaState;
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
  const page = await deps.cases.listCases(
    session.tenant.id,
    toCaseFilter(query, session),
    query.limit,
    decodeCursor(query.cursor),
  );
  const now = deps.clock.now();
  return {
    cases: page.items.map((summary) => ({ ...summary, sla: slaState(summary, now) })),
    nextCursor: encodeCursor(page.resumeAfter),
  };
}
