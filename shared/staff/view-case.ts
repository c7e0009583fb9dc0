/**
 * One case for its regency's staff: routing fields, the decrypted `details` part, what may happen next,
 * and the timeline (intake, alerts, staff changes, notes opened, identity reveals from the audit log).
 * The identity part is not read here: only the audited reveal opens it.
 */
import type { StaffSession } from '../auth/authenticate-staff.js';
import type { AlertEvent } from '../intake/ports.js';
import { type ClosingReason, closingReasonsFrom, nextStatuses } from '../domain/case-path.js';
import type { CaseStatus, Channel } from '../domain/vocabulary.js';
import type { ReporterRole } from '../intake/reporter-role.js';
import type { CaseListItem } from './list-cases.js';
import { loadCase } from './load-case.js';
import type { RevealAuditEntry, StaffCase, StaffDependencies } from './ports.js';
import { slaState } from './sla.js';
import type { Assignee, NoteAction, StaffRef, TimelineEntry } from './timeline.js';

export type TimelineView =
  | {
      readonly kind: 'received';
      readonly at: string;
      readonly channel: Channel;
      readonly reporterRole?: ReporterRole;
      /** The staff member who entered a walk-in report. */
      readonly by?: StaffRef;
    }
  | { readonly kind: 'alert'; readonly at: string; readonly event: AlertEvent; readonly state: 'sent' | 'cancelled' }
  | {
      readonly kind: 'status';
      readonly at: string;
      readonly by: StaffRef;
      readonly from: CaseStatus;
      readonly to: CaseStatus;
      readonly closingReason?: ClosingReason;
    }
  | { readonly kind: 'assignment'; readonly at: string; readonly by: StaffRef; readonly assignee?: Assignee }
  | { readonly kind: 'note'; readonly at: string; readonly by: StaffRef; readonly action?: NoteAction; readonly text: string }
  | { readonly kind: 'reveal'; readonly at: string; readonly by: StaffRef; readonly reason: string }
  | {
      /** The reporter added to the case after it was filed (WhatsApp: after an emergency report). */
      readonly kind: 'addendum';
      readonly at: string;
      /** The files added (`image`, `audio`, … and the reporter's caption); the files stay sealed in storage. */
      readonly media: readonly { readonly kind: string; readonly caption?: string }[];
      /** Set when the reporter then said whether they may be contacted. */
      readonly contactBack?: boolean;
    };

export interface CaseView extends CaseListItem {
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
  /** Oldest first. */
  readonly timeline: readonly TimelineView[];
}

export async function viewCase(
  deps: Pick<StaffDependencies, 'cases' | 'reveals' | 'vault' | 'clock'>,
  session: StaffSession,
  caseId: string | undefined,
): Promise<CaseView> {
  const record = await loadCase(deps.cases, session, caseId);
  const context = { tenant: session.tenant.id, caseId: record.caseId } as const;
  const [details, staffEntries, additions, reveals] = await Promise.all([
    deps.vault.open<Record<string, unknown>>({ ...context, purpose: 'details' }, record.details),
    Promise.all(record.timeline.map((entry) => openEntry(deps, context, entry))),
    Promise.all(record.addenda.map((addendum) => openAddendum(deps, context, addendum))),
    deps.reveals.listRevealsOfCase(session.tenant.id, record.caseId),
  ]);
  const { details: _sealed, timeline: _entries, addenda: _addenda, alerts: _alerts, ...routing } = record;
  // A reporter who first reported anonymously may agree to be contacted later: the latest answer holds.
  const contactBack = additions.findLast((addition) => addition.contactBack !== undefined)?.contactBack;
  return {
    ...routing,
    sla: slaState(record, deps.clock.now()),
    hasIdentity: !record.anonymous,
    details: contactBack === undefined ? details : { ...details, contactBack },
    nextStatuses: nextStatuses(record.status),
    closingReasons: closingReasonsFrom(record.status),
    timeline: [...intakeEntries(record), ...staffEntries, ...additions, ...reveals.map(revealEntry)].sort((a, b) =>
      a.at.localeCompare(b.at),
    ),
  };
}

async function openAddendum(
  deps: Pick<StaffDependencies, 'vault'>,
  context: { tenant: string; caseId: string },
  addendum: StaffCase['addenda'][number],
): Promise<Extract<TimelineView, { kind: 'addendum' }>> {
  const opened = await deps.vault.open<{ media?: readonly { kind: string; caption?: string }[]; contactBack?: boolean }>(
    { ...context, purpose: 'details' },
    addendum.details,
  );
  return {
    kind: 'addendum',
    at: addendum.at,
    media: (opened.media ?? []).map(({ kind, caption }) => (caption === undefined ? { kind } : { kind, caption })),
    ...(opened.contactBack === undefined ? {} : { contactBack: opened.contactBack }),
  };
}

async function openEntry(
  deps: Pick<StaffDependencies, 'vault'>,
  context: { tenant: string; caseId: string },
  entry: TimelineEntry,
): Promise<TimelineView> {
  if (entry.kind !== 'note') return entry;
  const { text } = await deps.vault.open<{ text: string }>({ ...context, purpose: 'note' }, entry.note);
  return { kind: 'note', at: entry.at, by: entry.by, action: entry.action, text };
}

function intakeEntries(record: StaffCase): TimelineView[] {
  const alerts = Object.entries(record.alerts).flatMap(([event, entry]): TimelineView[] => {
    if (entry?.state === 'sent' && entry.sentAt) return [{ kind: 'alert', at: entry.sentAt, event: event as AlertEvent, state: 'sent' }];
    if (entry?.state === 'cancelled' && entry.cancelledAt) {
      return [{ kind: 'alert', at: entry.cancelledAt, event: event as AlertEvent, state: 'cancelled' }];
    }
    return [];
  });
  const { createdAt: at, channel, reporterRole, enteredBy: by } = record;
  return [{ kind: 'received', at, channel, reporterRole, by }, ...alerts];
}

function revealEntry(entry: RevealAuditEntry): TimelineView {
  return { kind: 'reveal', at: entry.at, by: entry.by, reason: entry.reason };
}
