/**
 * One case for its regency's staff: routing fields, the decrypted `details` part, what may happen next,
 * and the newest page of its timeline (shared/staff/timeline-page.ts; older pages through `viewTimeline`).
 * The identity part is not read here: only the audited reveal opens it.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { type ClosingReason, closingReasonsFrom, nextStatuses } from '../domain/case-path.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import { parseOrThrow } from '../validation.js';
import type { CaseListItem } from './list-cases.js';
import { loadCase } from './load-case.js';
import type { StaffCase, StaffDependencies } from './ports.js';
import { policeReferralDueAt } from './casework-clock.js';
import { isFollowUpOverdue } from './set-case-plan.js';
import { slaState } from './sla.js';
import { decodeTimelineCursor } from './timeline-cursor.js';
import { latestContactBack, readTimelinePage, type TimelinePage } from './timeline-page.js';

export interface CaseView extends CaseListItem, TimelinePage {
  readonly language: StaffCase['language'];
  readonly triageSignals: StaffCase['triageSignals'];
  /** A named reporter: the reveal function can open who they are. */
  readonly hasIdentity: boolean;
  /** The victim's contact from an on-behalf report: the reveal function opens it too. */
  readonly hasVictimContact: boolean;
  /** The decrypted `details` part (what happened, the victim, the place). */
  readonly details: unknown;
  readonly nextStatuses: readonly CaseStatus[];
  readonly closingReasons: readonly ClosingReason[];
  /** The law's clocks: the TPKS police referral of a sexual-violence case (3 × 24 h from the report). */
  readonly deadlines: { readonly policeReferralDueAt?: string };
  readonly followUpOverdue: boolean;
  readonly referrals?: StaffCase['referrals'];
  /** Another regency referred this case here: its regency and referral, never its own case id. */
  readonly referredFrom?: StaffCase['referredFrom'];
}

type ViewDependencies = Pick<StaffDependencies, 'cases' | 'reveals' | 'revealRequests' | 'vault' | 'clock'>;

export async function viewCase(deps: ViewDependencies, session: StaffSession, caseId: string | undefined): Promise<CaseView> {
  const record = await loadCase(deps.cases, session, caseId);
  const [details, page] = await Promise.all([
    record.details &&
      deps.vault.open<Record<string, unknown>>({ tenant: record.tenantId, caseId: record.caseId, purpose: 'details' }, record.details),
    readTimelinePage(deps, record, undefined),
  ]);
  // A reporter who first reported anonymously may agree to be contacted later: the latest answer holds.
  const contactBack = await latestContactBack(deps, record, page);
  const {
    details: _sealed,
    earlierEntries: _earlier,
    alerts: _alerts,
    lastAddendumVersion: _lastAddendum,
    ...routing
  } = record;
  return {
    ...routing,
    sla: slaState(record, deps.clock.now()),
    hasIdentity: !record.anonymous,
    details: contactBack === undefined ? details : { ...details, contactBack },
    nextStatuses: nextStatuses(record.status),
    closingReasons: closingReasonsFrom(record.status),
    deadlines: { policeReferralDueAt: policeReferralDueAt(record) },
    followUpOverdue: isFollowUpOverdue(record.plan, deps.clock.now(), session.tenant.timeZone),
    timeline: page.timeline,
    olderTimeline: page.olderTimeline,
  };
}

export const TimelineQuery = z.object({ before: z.string().max(300).optional() });

/** An older page of a case's timeline: `before` is the `olderTimeline` of the page after it. */
export async function viewTimeline(
  deps: Pick<StaffDependencies, 'cases' | 'reveals' | 'revealRequests' | 'vault'>,
  session: StaffSession,
  caseId: string | undefined,
  rawQuery: unknown,
): Promise<TimelinePage> {
  const query = parseOrThrow(TimelineQuery, rawQuery ?? {});
  const cursor = decodeTimelineCursor(query.before);
  const record = await loadCase(deps.cases, session, caseId);
  const { timeline, olderTimeline } = await readTimelinePage(deps, record, cursor);
  return { timeline, olderTimeline };
}
