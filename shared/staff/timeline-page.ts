/**
 * A case's timeline, one page at a time, so that opening a case costs the same after years of work as on
 * its first day. A page is up to TIMELINE_PAGE_SIZE recorded entries (newest first across pages, oldest
 * first within one); the intake entries (received, SMS alerts) and identity reveals (from the audit log)
 * that fall in the page's stretch of time come with it. Only the page's sealed entries are opened, a few
 * at a time.
 */
import type { AlertEvent } from '../intake/ports.js';
import type { ClosingReason } from '../domain/case-path.js';
import type { CaseStatus, Channel } from '../domain/vocabulary.js';
import type { ReporterRole } from '../intake/reporter-role.js';
import { mapBounded } from '../map-bounded.js';
import { isThreadEntry, openThreadEntry, type ThreadView } from '../thread/thread-entries.js';
import type { RevealAuditEntry, StaffCase, StaffDependencies, TimeWindow } from './ports.js';
import type { RevealReasonKind } from './reveal-policy.js';
import { type RevealRequestTimelineView, revealRequestEntries } from './reveal-request-timeline.js';
import { type AssessmentView, type ClassificationView, openCaseWorkEntry } from './case-work-entries.js';
import { encodeTimelineCursor, type TimelineCursor, type TimelinePosition } from './timeline-cursor.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import { type DataRequestDecisionView, openDataRequestDecision } from '../pdp/data-request-decision-view.js';
import type { Consent, ReferralDetails, ReferralEntry } from './referrals.js';
import type { ServiceGiven, ServiceGivenDetails } from './services-given.js';
import type {
  Assignee,
  HoldReasonKind,
  NoteAction,
  ReasonedEntry,
  RetentionTombstone,
  StaffRef,
  TimelineEntry,
} from './timeline.js';

/** Recorded entries per page: a screen or two of the console. */
export const TIMELINE_PAGE_SIZE = 20;

/** Sealed entries of a page opened at once: a page stays quick without flooding KMS. */
export const MAX_OPEN_AT_ONCE = 4;

/**
 * KMS requests of one case view, at most: its `details` part, the reporter's newest addendum (their latest
 * answers) when it is not on the page, and one per sealed entry of the page (notes, addenda). An older page
 * costs at most TIMELINE_PAGE_SIZE. However long the case, never more.
 */
export const MAX_KMS_REQUESTS_PER_CASE_VIEW = 2 + TIMELINE_PAGE_SIZE;

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
      readonly requestedBy?: StaffRef;
      /** A supervisor's reason for closing directly. */
      readonly text?: string;
    }
  | ClosingView
  | { readonly kind: 'assignment'; readonly at: string; readonly by: StaffRef; readonly assignee?: Assignee }
  | { readonly kind: 'note'; readonly at: string; readonly by: StaffRef; readonly action?: NoteAction; readonly text: string }
  | { readonly kind: 'reveal'; readonly at: string; readonly by: StaffRef; readonly reasonKind?: RevealReasonKind }
  | RevealRequestTimelineView
  | AddendumView
  | ClassificationView
  | AssessmentView
  | Extract<TimelineEntry, { kind: 'acknowledgement' | 'alertRecipients' }>
  | ThreadView
  | ({ readonly kind: 'service'; readonly at: string; readonly by: StaffRef; readonly service: ServiceGiven; readonly date: string } & ServiceGivenDetails)
  | ReferralView
  | { readonly kind: 'policeReferralDeclined'; readonly at: string; readonly by: StaffRef; readonly reasonKind: 'korban_menolak'; readonly consent: Consent }
  | { readonly kind: 'plan'; readonly at: string; readonly by: StaffRef; readonly dueDate: string; readonly nextStep: string }
  | { readonly kind: 'hold'; readonly at: string; readonly by: StaffRef; readonly held: boolean; readonly reasonKind: HoldReasonKind; readonly reason: string }
  | RetentionTombstone
  | DataRequestDecisionView
  /** An entry whose sealed part the retention job destroyed: who and when stay, what it said is gone. */
  | { readonly kind: 'erased'; readonly at: string; readonly was: TimelineEntry['kind']; readonly by?: StaffRef };

/** A step of closing as a decision, with the staff member's reason opened (`text`). */
export type ClosingView =
  | { readonly kind: 'close_request'; readonly at: string; readonly by: StaffRef; readonly closingReason: ClosingReason; readonly text?: string }
  | { readonly kind: 'close_returned'; readonly at: string; readonly by: StaffRef; readonly requestedBy: StaffRef; readonly text?: string }
  | { readonly kind: 'reopened'; readonly at: string; readonly by: StaffRef; readonly to: CaseStatus; readonly text?: string };

/** A referral entry with its sealed parts opened (its purpose, an override's or a refusal's reason). */
export type ReferralView =
  | ({ readonly at: string; readonly by: StaffRef } & Omit<Extract<ReferralEntry, { kind: 'referral' }>, 'details'> & ReferralDetails)
  | ({ readonly at: string; readonly by: StaffRef } & Omit<Extract<ReferralEntry, { kind: 'referralStatus' }>, 'reason'> & {
        readonly reason?: string;
      });

/** The reporter added to the case after it was filed (WhatsApp: after an emergency report). */
export interface AddendumView {
  readonly kind: 'addendum';
  readonly at: string;
  /** The files added (`image`, `audio`, … and the reporter's caption); the files stay sealed in storage. */
  readonly media: readonly { readonly kind: string; readonly caption?: string }[];
  /** Set when the reporter then said whether they may be contacted. */
  readonly contactBack?: boolean;
  /** What the reporter answered after the case was filed early (the danger path): new words, changed choices. */
  readonly answers?: ReporterLaterAnswers;
  /** New words of a message the reporter changed after it went into the case. */
  readonly edited?: { readonly text: string; readonly label: string };
}

/** The later answers a WhatsApp reporter gave, as sealed in an addendum. */
export interface ReporterLaterAnswers {
  readonly narrative?: readonly string[];
  readonly placeDetail?: readonly string[];
  readonly kecamatan?: string | null;
  readonly occurred?: { readonly date?: string; readonly description?: string };
  readonly victim?: { readonly ageGroup?: string; readonly gender?: string; readonly relation?: string };
}

export interface TimelinePage {
  /** Oldest first. */
  readonly timeline: readonly TimelineView[];
  /** Pass as `before` for the page before this one; absent when this page reaches the report itself. */
  readonly olderTimeline?: string;
}

/** Where a recorded entry is: a change's version, or its index among the entries an earlier version kept. */
type EntryPosition = { readonly version: number } | { readonly earlier: number };

interface PageItem {
  readonly position: EntryPosition;
  readonly entry: TimelineEntry;
}

type Deps = Pick<StaffDependencies, 'cases' | 'reveals' | 'revealRequests' | 'vault'>;

/** A page of the timeline with its addenda opened, by position (a case view looks for the newest one). */
export interface OpenedTimelinePage extends TimelinePage {
  readonly addenda: ReadonlyMap<string, AddendumView>;
}

export async function readTimelinePage(deps: Deps, record: StaffCase, cursor: TimelineCursor | undefined): Promise<OpenedTimelinePage> {
  const { items, older } = await recordedPage(deps, record, cursor?.before);
  const window: TimeWindow = { from: older ? items[0]?.entry.at : undefined, until: cursor?.until };
  const [opened, reveals, revealRequests] = await Promise.all([
    mapBounded(items, MAX_OPEN_AT_ONCE, (item) => openEntry(deps, record, item.entry)),
    deps.reveals.listRevealsOfCase(record.tenantId, record.caseId, window),
    deps.revealRequests.listOfCase(record.tenantId, record.caseId),
  ]);
  const addenda = new Map<string, AddendumView>();
  opened.forEach((view, index) => {
    const item = items[index];
    if (view.kind === 'addendum' && item) addenda.set(positionKey(item.position), view);
  });
  const timeline = [
    ...intakeEntries(record).filter((entry) => inWindow(entry.at, window)),
    ...opened,
    ...reveals.map(revealEntry),
    ...revealRequests.flatMap(revealRequestEntries).filter((entry) => inWindow(entry.at, window)),
  ];
  return {
    timeline: timeline.sort((a, b) => a.at.localeCompare(b.at)),
    olderTimeline: older && encodeTimelineCursor({ before: older, until: window.from }),
    addenda,
  };
}

/**
 * Whether the reporter may now be contacted, from their newest addendum (WhatsApp asks it last): opened
 * from the page when it is there, else with one more KMS request. Undefined when they never said.
 */
export async function latestContactBack(
  deps: Deps,
  record: StaffCase,
  page: OpenedTimelinePage,
): Promise<boolean | undefined> {
  const newest = newestAddendum(record);
  if (!newest) return undefined;
  const onPage = page.addenda.get(positionKey(newest));
  if (onPage) return onPage.contactBack;
  const entry =
    'version' in newest
      ? (await deps.cases.findChange(record.tenantId, record.caseId, newest.version))?.entry
      : record.earlierEntries[newest.earlier];
  return entry?.kind === 'addendum' ? (await openAddendum(deps, record, entry)).contactBack : undefined;
}

/** Up to a page of recorded entries before `before`: changes first, then the entries an earlier version kept. */
async function recordedPage(
  deps: Pick<Deps, 'cases'>,
  record: StaffCase,
  before: TimelinePosition | undefined,
): Promise<{ items: PageItem[]; older?: TimelinePosition }> {
  const newestFirst: PageItem[] = [];
  let earlierEnd = record.earlierEntries.length;
  if (before && 'beforeEarlier' in before) {
    earlierEnd = Math.min(before.beforeEarlier, earlierEnd);
  } else {
    const { changes, more } = await deps.cases.listChanges(record.tenantId, record.caseId, TIMELINE_PAGE_SIZE, before?.beforeVersion);
    newestFirst.push(...changes.map(({ version, entry }) => ({ position: { version }, entry })));
    const oldest = changes.at(-1);
    if (more && oldest) return { items: newestFirst.reverse(), older: { beforeVersion: oldest.version } };
  }
  const start = Math.max(0, earlierEnd - (TIMELINE_PAGE_SIZE - newestFirst.length));
  const earlier = record.earlierEntries.slice(start, earlierEnd).map((entry, offset) => ({ position: { earlier: start + offset }, entry }));
  return { items: [...earlier, ...newestFirst.reverse()], older: start > 0 ? { beforeEarlier: start } : undefined };
}

function newestAddendum(record: StaffCase): EntryPosition | undefined {
  if (record.lastAddendumVersion !== undefined) return { version: record.lastAddendumVersion };
  const earlier = record.earlierEntries.findLastIndex((entry) => entry.kind === 'addendum');
  return earlier >= 0 ? { earlier } : undefined;
}

const positionKey = (position: EntryPosition) => ('version' in position ? `v${position.version}` : `e${position.earlier}`);

const inWindow = (at: string, window: TimeWindow) =>
  (window.from === undefined || at >= window.from) && (window.until === undefined || at < window.until);

async function openEntry(deps: Pick<Deps, 'vault'>, record: StaffCase, entry: TimelineEntry): Promise<TimelineView> {
  const erased = erasedView(entry);
  if (erased) return erased;
  if (entry.kind === 'addendum') return openAddendum(deps, record, entry);
  if (entry.kind === 'classification' || entry.kind === 'assessment') return openCaseWorkEntry(deps.vault, record, entry);
  if (isReasoned(entry)) return openReason(deps, record, entry);
  if (isThreadEntry(entry)) return openThreadEntry(deps.vault, record.tenantId, record.caseId, entry);
  if (entry.kind === 'service') {
    const { details, ...shown } = entry;
    const opened = await deps.vault.open<ServiceGivenDetails>(sealedNote(record), details);
    return { ...shown, ...opened };
  }
  if (entry.kind === 'referral') {
    const { details, ...shown } = entry;
    return { ...shown, ...(await deps.vault.open<ReferralDetails>(sealedNote(record), details)) };
  }
  if (entry.kind === 'referralStatus') {
    const { reason, ...shown } = entry;
    return reason ? { ...shown, reason: (await deps.vault.open<{ text: string }>(sealedNote(record), reason)).text } : shown;
  }
  if (entry.kind === 'plan') {
    const { nextStep, ...shown } = entry;
    return { ...shown, nextStep: (await deps.vault.open<{ text: string }>(sealedNote(record), nextStep)).text };
  }
  if (entry.kind === 'hold') {
    const reason = await openNoteText(deps, record, entry.reason);
    return { kind: 'hold', at: entry.at, by: entry.by, held: entry.held, reasonKind: entry.reasonKind, reason };
  }
  if (entry.kind === 'dataRequestDecision') return openDataRequestDecision(deps.vault, record, entry);
  if (entry.kind !== 'note') return entry;
  const text = await openNoteText(deps, record, entry.note);
  return { kind: 'note', at: entry.at, by: entry.by, action: entry.action, text };
}

const openNoteText = async (deps: Pick<Deps, 'vault'>, record: StaffCase, note: SealedEnvelope): Promise<string> =>
  (await deps.vault.open<{ text: string }>({ tenant: record.tenantId, caseId: record.caseId, purpose: 'note' }, note)).text;

const isReasoned = (entry: TimelineEntry): entry is ReasonedEntry =>
  entry.kind === 'status' || entry.kind === 'close_request' || entry.kind === 'close_returned' || entry.kind === 'reopened';

/** A status or closing step with its sealed reason, if any, opened in place of the envelope (one KMS request). */
async function openReason(deps: Pick<Deps, 'vault'>, record: StaffCase, entry: ReasonedEntry): Promise<TimelineView> {
  const { note, ...rest } = entry;
  return note ? { ...rest, text: await openNoteText(deps, record, note) } : rest;
}

/**
 * An entry whose sealed part the retention job removed (shared/pdp/destroy-case-personal-data.ts): who and
 * when stay, what it said is gone. Only kinds whose sealed part is never optional can be told apart.
 */
const REQUIRED_SEALED_PART: Partial<Record<TimelineEntry['kind'], string>> = {
  note: 'note',
  addendum: 'details',
  hold: 'reason',
  classification: 'reason',
  close_returned: 'note',
  reopened: 'note',
  message: 'message',
  reply: 'reply',
  service: 'details',
  referral: 'details',
  plan: 'nextStep',
};

function erasedView(entry: TimelineEntry): TimelineView | undefined {
  const part = REQUIRED_SEALED_PART[entry.kind];
  if (part === undefined || (entry as unknown as Record<string, unknown>)[part] !== undefined) return undefined;
  return { kind: 'erased', at: entry.at, was: entry.kind, ...('by' in entry ? { by: entry.by } : {}) };
}

async function openAddendum(
  deps: Pick<Deps, 'vault'>,
  record: StaffCase,
  entry: Extract<TimelineEntry, { kind: 'addendum' }>,
): Promise<AddendumView> {
  const opened = await deps.vault.open<{
    media?: readonly { kind: string; caption?: string }[];
    contactBack?: boolean;
    answers?: ReporterLaterAnswers;
    edited?: AddendumView['edited'];
  }>({ tenant: record.tenantId, caseId: record.caseId, purpose: 'details' }, entry.details);
  return {
    kind: 'addendum',
    at: entry.at,
    media: (opened.media ?? []).map(({ kind, caption }) => (caption === undefined ? { kind } : { kind, caption })),
    ...(opened.contactBack === undefined ? {} : { contactBack: opened.contactBack }),
    ...(opened.answers === undefined ? {} : { answers: opened.answers }),
    ...(opened.edited === undefined ? {} : { edited: opened.edited }),
  };
}

const sealedNote = (record: StaffCase) => ({ tenant: record.tenantId, caseId: record.caseId, purpose: 'note' as const });

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
  return { kind: 'reveal', at: entry.at, by: entry.by, reasonKind: entry.reasonKind };
}
