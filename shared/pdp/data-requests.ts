/**
 * A case's data-subject requests (UU 27/2022 art. 5–14) as its history records them: each `dataRequest`
 * entry (from the reporter's inbox, or recorded at the desk) is a request, its version is its id, and a
 * supervisor's `dataRequestDecision` entry closes it. Read from the history itself, so a request is never
 * lost to a projection and needs no field of its own.
 */
import type { StaffSession } from '../auth/authenticate-staff.js';
import type { RecordedChange } from '../staff/case-change.js';
import { loadCase } from '../staff/load-case.js';
import type { StaffCase, StaffDependencies } from '../staff/ports.js';
import type { DataRequestDecisionEntry, DataRequestKind, HoldReasonKind, StaffRef, DataRequestRefusal } from '../staff/timeline.js';

/** Changes read per page while looking for requests. */
const CHANGES_PER_PAGE = 100;

export interface DataRequestDecisionState {
  readonly at: string;
  readonly by: StaffRef;
  readonly outcome: 'granted' | 'refused';
  readonly refusal?: DataRequestRefusal;
  readonly holdReasonKind?: HoldReasonKind;
}

export interface DataRequestState {
  /** The version of its `dataRequest` entry. */
  readonly id: number;
  readonly kind: DataRequestKind;
  readonly source: 'inbox' | 'desk';
  readonly at: string;
  /** The statutory clock: 3 × 24 h after the request. */
  readonly dueAt: string;
  /** Still open past its clock. */
  readonly overdue: boolean;
  readonly recordedBy?: StaffRef;
  readonly decision?: DataRequestDecisionState;
}

/** Every recorded change of the case, oldest first (a request or the reporter's words may be years old). */
export async function readWholeHistory(
  deps: Pick<StaffDependencies, 'cases'>,
  record: Pick<StaffCase, 'tenantId' | 'caseId'>,
): Promise<RecordedChange[]> {
  const newestFirst: RecordedChange[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await deps.cases.listChanges(record.tenantId, record.caseId, CHANGES_PER_PAGE, before);
    newestFirst.push(...page.changes);
    before = page.changes.at(-1)?.version;
    if (!page.more || before === undefined) return newestFirst.reverse();
  }
}

/** Every data request of the case, oldest first, each with its decision if it has one. */
export async function readDataRequests(
  deps: Pick<StaffDependencies, 'cases' | 'clock'>,
  record: Pick<StaffCase, 'tenantId' | 'caseId'>,
): Promise<DataRequestState[]> {
  const now = deps.clock.now().toISOString();
  const decisions = new Map<number, DataRequestDecisionEntry>();
  const requests: Omit<DataRequestState, 'overdue' | 'decision'>[] = [];
  for (const { version, entry } of await readWholeHistory(deps, record)) {
    if (entry.kind === 'dataRequestDecision') decisions.set(entry.requestVersion, entry);
    if (entry.kind === 'dataRequest') {
      const source = entry.recordedBy ? 'desk' : 'inbox';
      requests.push({ id: version, kind: entry.request, source, at: entry.at, dueAt: entry.dueAt, ...(entry.recordedBy ? { recordedBy: entry.recordedBy } : {}) });
    }
  }
  return requests.map((request) => {
    const decided = decisions.get(request.id);
    const decision = decided && {
      at: decided.at,
      by: decided.by,
      outcome: decided.outcome,
      ...(decided.refusal ? { refusal: decided.refusal } : {}),
      ...(decided.holdReasonKind ? { holdReasonKind: decided.holdReasonKind } : {}),
    };
    return { ...request, overdue: !decision && request.dueAt < now, ...(decision ? { decision } : {}) };
  });
}

/** The console's list for one case (any staff member of its regency). */
export async function listCaseDataRequests(
  deps: Pick<StaffDependencies, 'cases' | 'clock'>,
  session: StaffSession,
  caseId: string | undefined,
): Promise<{ readonly caseId: string; readonly version: number; readonly requests: DataRequestState[] }> {
  const record = await loadCase(deps.cases, session, caseId);
  return { caseId: record.caseId, version: record.version, requests: await readDataRequests(deps, record) };
}
