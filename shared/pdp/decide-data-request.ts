/**
 * A supervisor decides a data-subject request (UU 27/2022), recorded on the timeline as the audit (who, what,
 * when; every word sealed), then answered in the reporter's thread in neutral words:
 * - copy: an export of what the reporter gave (access-export.ts), into their thread (inbox or chat), or, for
 *   a desk request, handed to the supervisor to download and give over;
 * - correction: the corrected parts, sealed like the report (purpose `details`);
 * - erasure: the case is put in the retention schedule due now, so the retention job — the one function
 *   allowed to destroy — crypto-shreds it on its next run; unless a legal hold or a legal duty keeps it
 *   (erasure-rule.ts), and then the decision is a refusal that names which.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { requireSupervisor } from '../auth/authenticate-staff.js';
import { AppError, InvalidInputError } from '../errors.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from '../staff/load-case.js';
import type { StaffCase } from '../staff/ports.js';
import { deliverToReporter, type ReporterMessageDependencies } from '../staff/send-reporter-message.js';
import type { DataRequestDecisionEntry, DataRequestKind, DataRequestRefusal } from '../staff/timeline.js';
import type { CaseChangeContent } from '../staff/case-change.js';
import type { MessageDelivery } from '../thread/ports.js';
import { sealThreadText } from '../thread/thread-entries.js';
import { parseOrThrow } from '../validation.js';
import { type AccessExport, accessExportText, buildAccessExport } from './access-export.js';
import { dataRequestAnswer } from './data-request-answers.js';
import { readWholeHistory } from './data-requests.js';
import { CORRECTABLE_FIELDS } from './data-request-vocabulary.js';
import { erasureBlock } from './erasure-rule.js';

const DataCorrection = z.object({ field: z.enum(CORRECTABLE_FIELDS), value: z.string().trim().min(1).max(1000) });
export type DataCorrection = z.infer<typeof DataCorrection>;

export const DataRequestDecision = z.object({
  outcome: z.enum(['granted', 'refused']),
  /** Why a supervisor refuses (a hold or a legal duty is found by the rule, not chosen). */
  refusal: z.enum(['identitas_tidak_terverifikasi', 'lainnya']).optional(),
  reason: z.string().trim().min(1).max(1000).optional(),
  corrections: z
    .array(DataCorrection)
    .min(1)
    .max(CORRECTABLE_FIELDS.length)
    .optional(),
  expectedVersion: ExpectedVersion,
});

export interface DataRequestDecisionResult {
  readonly caseId: string;
  readonly requestId: number;
  readonly outcome: 'granted' | 'refused';
  readonly refusal?: DataRequestRefusal;
  /** The reporter's answer as it reads (neutral words, no personal data beyond their own copy). */
  readonly answer: string;
  /** How the answer reaches them; absent when it could not be recorded (the case moved on: write to them). */
  readonly delivery?: MessageDelivery;
  /** A granted desk copy: for the supervisor to download and hand over. */
  readonly export?: AccessExport;
  /** A granted erasure: the retention job destroys the personal data on its next run. */
  readonly erasureScheduled?: true;
  readonly version: number;
}

export class DataRequestNotFoundError extends AppError {
  constructor() {
    super(404, 'DATA_REQUEST_NOT_FOUND', { id: 'Permintaan data tidak ditemukan.', en: 'Data request not found.' });
  }
}

export class DataRequestDecidedError extends AppError {
  constructor() {
    super(409, 'DATA_REQUEST_DECIDED', { id: 'Permintaan data ini sudah diputuskan.', en: 'This data request has already been decided.' });
  }
}

type DecideDependencies = Pick<ReporterMessageDependencies, 'cases' | 'vault' | 'clock' | 'logger' | 'reporterChat'>;

export async function decideDataRequest(
  deps: DecideDependencies,
  session: StaffSession,
  caseId: string | undefined,
  requestId: string | undefined,
  input: unknown,
): Promise<DataRequestDecisionResult> {
  requireSupervisor(session.staff);
  const decision = parseOrThrow(DataRequestDecision, input);
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, decision.expectedVersion);
  const history = await readWholeHistory(deps, current);
  const requested = history.find(({ version, entry }) => entry.kind === 'dataRequest' && String(version) === requestId);
  if (requested?.entry.kind !== 'dataRequest') throw new DataRequestNotFoundError();
  if (history.some(({ entry }) => entry.kind === 'dataRequestDecision' && entry.requestVersion === requested.version)) {
    throw new DataRequestDecidedError();
  }
  const request = requested.entry.request;
  const atDesk = requested.entry.recordedBy !== undefined;
  requireWhatTheOutcomeNeeds(request, decision);

  const at = deps.clock.now().toISOString();
  const block = request === 'erasure' && decision.outcome === 'granted' ? erasureBlock(current) : undefined;
  const outcome = block ? 'refused' : decision.outcome;
  const refusal: DataRequestRefusal | undefined = block?.refusal ?? (outcome === 'refused' ? (decision.refusal ?? 'lainnya') : undefined);
  const copy = request === 'copy' && outcome === 'granted' ? await buildAccessExport(deps, current, history) : undefined;
  const sealedNote = { tenant: session.tenant.id, caseId: current.caseId, purpose: 'note' } as const;
  const entry: DataRequestDecisionEntry = {
    kind: 'dataRequestDecision',
    at,
    by: staffRef(session.staff),
    requestVersion: requested.version,
    request,
    outcome,
    ...(refusal ? { refusal } : {}),
    ...(block?.refusal === 'legal_hold' ? { holdReasonKind: block.holdReasonKind } : {}),
    ...(decision.reason ? { reason: await deps.vault.seal(sealedNote, { text: decision.reason }) } : {}),
    ...(outcome === 'granted' && decision.corrections ? await sealCorrections(deps, current, decision.corrections) : {}),
    ...(copy ? { exportedTo: atDesk ? ('desk' as const) : ('thread' as const) } : {}),
  };
  const erasure = request === 'erasure' && outcome === 'granted' && !current.personalDataDestroyedAt;
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: decision.expectedVersion,
    entry,
    ...(erasure ? scheduleErasure(requested.version, at) : {}),
  });
  deps.logger.info('data request decided', { tenant: session.tenant.id, caseId: current.caseId, request, outcome, refusal, version });

  const answer = dataRequestAnswer({ request, outcome, refusal, holdReasonKind: entry.holdReasonKind, atDesk });
  const answerText = copy && !atDesk ? `${answer}\n\n${accessExportText(copy)}` : answer;
  const answered = await answerReporter(deps, session, current, version, answerText);
  return {
    caseId: current.caseId,
    requestId: requested.version,
    outcome,
    ...(refusal ? { refusal } : {}),
    answer,
    ...(answered ? { delivery: answered.delivery } : {}),
    ...(copy && atDesk ? { export: copy } : {}),
    ...(erasure ? { erasureScheduled: true as const } : {}),
    version: answered?.version ?? version,
  };
}

function requireWhatTheOutcomeNeeds(request: DataRequestKind, decision: z.infer<typeof DataRequestDecision>): void {
  const missing = (field: string, issue: string) => new InvalidInputError([{ field, issue, message: { id: `${field} wajib diisi`, en: issue } }]);
  if (decision.outcome === 'refused' && !decision.reason) throw missing('reason', 'a refusal needs a reason');
  if (decision.outcome === 'granted' && request === 'correction' && !decision.corrections) {
    throw missing('corrections', 'a granted correction names the corrected parts');
  }
}

async function sealCorrections(
  deps: Pick<DecideDependencies, 'vault'>,
  record: StaffCase,
  corrections: readonly DataCorrection[],
): Promise<Pick<DataRequestDecisionEntry, 'correctedFields' | 'correction'>> {
  const details = { tenant: record.tenantId, caseId: record.caseId, purpose: 'details' } as const;
  return { correctedFields: corrections.map((c) => c.field), correction: await deps.vault.seal(details, { corrections }) };
}

/** Due now in the retention schedule (out of it again only by a hold, which the job checks before destroying). */
function scheduleErasure(requestVersion: number, at: string): Pick<CaseChangeContent, 'set'> {
  return { set: { erasure: { erasureRequest: requestVersion, grantedAt: at }, retentionWatch: { stage: 'personal', at } } };
}

/** The neutral answer as a staff message of the thread: the reporter's inbox shows it, their chat gets it. */
async function answerReporter(
  deps: DecideDependencies,
  session: StaffSession,
  record: StaffCase,
  decidedVersion: number,
  text: string,
): Promise<{ readonly version: number; readonly delivery: MessageDelivery } | undefined> {
  const message = await sealThreadText(deps.vault, session.tenant.id, record.caseId, text);
  const saved = await deps.cases.saveChange({
    tenantId: session.tenant.id,
    caseId: record.caseId,
    expectedVersion: decidedVersion,
    entry: { kind: 'message', at: deps.clock.now().toISOString(), by: staffRef(session.staff), message },
  });
  // The decision stands either way; the console tells the supervisor to write to the reporter.
  if (!saved.saved) return undefined;
  return { version: saved.version, delivery: await deliverToReporter(deps, session, record) };
}
