/**
 * Staff write to the reporter from the case page. The text is sealed (purpose `thread`) and recorded as a
 * change of the case, like a note; a WhatsApp reporter then gets it in their chat (or, after WhatsApp's
 * 24-hour window, the content-free notice), anyone else reads it in their inbox. A named reporter who said
 * staff may not contact them is not written to.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import type { MessageDelivery, ReporterChat } from '../thread/ports.js';
import { ReporterDeclinedContactError } from '../thread/thread-errors.js';
import { sealThreadText, THREAD_TEXT_MAX_LENGTH } from '../thread/thread-entries.js';
import { parseOrThrow } from '../validation.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import type { StaffCase, StaffDependencies } from './ports.js';
import { latestContactBack } from './timeline-page.js';

export const ReporterMessageRequest = z.object({
  text: z.string().trim().min(1).max(THREAD_TEXT_MAX_LENGTH),
  expectedVersion: ExpectedVersion,
});

export interface ReporterMessageResult {
  readonly caseId: string;
  readonly version: number;
  readonly delivery: MessageDelivery;
}

export type ReporterMessageDependencies = Pick<StaffDependencies, 'cases' | 'reveals' | 'revealRequests' | 'vault' | 'clock' | 'logger'> & {
  /** Absent where no WhatsApp channel is wired: every reporter reads messages in their inbox. */
  readonly reporterChat?: ReporterChat;
};

export async function sendReporterMessage(
  deps: ReporterMessageDependencies,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<ReporterMessageResult> {
  const request = parseOrThrow(ReporterMessageRequest, input);
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  if (await declinedContact(deps, current)) throw new ReporterDeclinedContactError();
  const message = await sealThreadText(deps.vault, session.tenant.id, current.caseId, request.text);

  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: { kind: 'message', at: deps.clock.now().toISOString(), by: staffRef(session.staff), message },
  });
  deps.logger.info('reporter message recorded', { tenant: session.tenant.id, caseId: current.caseId, version });
  // The message is recorded whatever happens next: a failed send is owed and tried again later.
  return { caseId: current.caseId, version, delivery: await deliverToReporter(deps, session, current) };
}

/**
 * Gets a recorded staff message to the reporter: a WhatsApp reporter in their chat; anyone else reads it in
 * their inbox. Without a chat sender wired (the cloud staff API, for now) it waits for the reporter's next word.
 */
export async function deliverToReporter(
  deps: Pick<ReporterMessageDependencies, 'reporterChat' | 'logger'>,
  session: StaffSession,
  record: Pick<StaffCase, 'caseId' | 'channel'>,
): Promise<MessageDelivery> {
  if (record.channel !== 'whatsapp') return 'inbox';
  return deps.reporterChat ? deliver(deps, session, record.caseId) : 'waiting';
}

async function deliver(
  deps: Pick<ReporterMessageDependencies, 'reporterChat' | 'logger'>,
  session: StaffSession,
  caseId: string,
): Promise<MessageDelivery> {
  try {
    return (await deps.reporterChat?.deliverOwed(session.tenant, caseId)) ?? 'inbox';
  } catch (error) {
    deps.logger.warn('reporter message left owed', {
      tenant: session.tenant.id,
      caseId,
      errorName: error instanceof Error ? error.name : 'unknown',
    });
    return 'waiting';
  }
}

/**
 * A named reporter whose latest word on contact is "no" (the form's box left unticked, a caller who said
 * so). An anonymous reporter gave no number to call: the thread in their own chat or inbox is the one way
 * to reach them, and it pushes nothing a shared phone would show beyond the neutral notice.
 */
async function declinedContact(deps: ReporterMessageDependencies, record: StaffCase): Promise<boolean> {
  if (record.anonymous) return false;
  const later = await latestContactBack(deps, record, { timeline: [], addenda: new Map() });
  if (later !== undefined) return !later;
  if (!record.details) return false;
  const details = await deps.vault.open<{ contactBack?: boolean }>(
    { tenant: record.tenantId, caseId: record.caseId, purpose: 'details' },
    record.details,
  );
  return details.contactBack === false;
}
