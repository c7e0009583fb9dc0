/**
 * The case list: the tenant's open cases by urgency, then due time (case-order.ts), closed cases after them
 * newest first; filtered, one page at a time. A reference finds exactly that case of the caller's tenant.
 */
import type { StaffSession } from '../auth/authenticate-staff.js';
import { isOpen } from '../domain/case-path.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import { parseOrThrow } from '../validation.js';
import { CaseListQuery, toCaseFilter } from './case-filter.js';
import { decodeListCursor, encodeListCursor, type ListPosition } from './case-list-cursor.js';
import { compareOpenPositions, inOpenOrder, openPosition } from './case-order.js';
import type { CaseFilter, CaseSummary, StaffDependencies } from './ports.js';
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

type ListDependencies = Pick<StaffDependencies, 'cases' | 'clock'>;

export async function listCases(deps: ListDependencies, session: StaffSession, rawQuery: unknown): Promise<CaseList> {
  const query = parseOrThrow(CaseListQuery, rawQuery ?? {});
  const tenantId = session.tenant.id;
  const now = deps.clock.now();
  const withSla = (cases: readonly CaseSummary[]) =>
    cases.map((summary) => ({
      ...summary,
      sla: slaState(summary, now),
      followUpOverdue: isFollowUpOverdue(summary.plan, now, session.tenant.timeZone),
    }));
  if (query.reference !== undefined) {
    const found = await deps.cases.findCaseByReference(tenantId, query.reference);
    return { cases: withSla(found ? [found] : []) };
  }

  const filter = toCaseFilter(query, session, now);
  const position = decodeListCursor(query.cursor) ?? { open: undefined };
  const cases: CaseSummary[] = [];
  const openStatuses = statusesWhere(filter, isOpen);
  if ('open' in position && openStatuses?.length !== 0) {
    const after = position.open;
    const open = inOpenOrder(await deps.cases.listOpenCases(tenantId, { ...filter, statuses: openStatuses }));
    const rest = after ? open.filter((c) => compareOpenPositions(openPosition(c), after) > 0) : open;
    cases.push(...rest.slice(0, query.limit));
    const last = cases.at(-1);
    if (rest.length > query.limit && last) return { cases: withSla(cases), nextCursor: encodeListCursor({ open: openPosition(last) }) };
  }

  const closedStatuses = statusesWhere(filter, (status) => !isOpen(status)) ?? ['selesai'];
  let next: ListPosition | undefined;
  if (closedStatuses.length > 0) {
    const room = query.limit - cases.length;
    if (room === 0) return { cases: withSla(cases), nextCursor: encodeListCursor({ closed: null }) };
    const resumeAfter = 'closed' in position ? (position.closed ?? undefined) : undefined;
    const page = await deps.cases.listCases(tenantId, { ...filter, statuses: closedStatuses }, room, resumeAfter);
    cases.push(...page.items);
    next = page.resumeAfter === undefined ? undefined : { closed: page.resumeAfter };
  }
  return { cases: withSla(cases), nextCursor: encodeListCursor(next) };
}

/** The filter's statuses that pass `keep`; undefined when the filter names none (any status). */
function statusesWhere(filter: CaseFilter, keep: (status: CaseStatus) => boolean): CaseStatus[] | undefined {
  return filter.statuses?.filter(keep);
}
