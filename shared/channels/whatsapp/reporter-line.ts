/**
 * The case's line to its WhatsApp reporter, for staff messages after the report: the case keeps the
 * reporter's recipient sealed (staff never see a number) and which staff messages went out. Delivery is an
 * outbox: a message is recorded on the case first, then sent; a lease keeps two senders apart, progress is
 * recorded per message, and what failed stays owed for the next attempt (the next staff message or the
 * reporter's next answer). Outside WhatsApp's 24-hour window only the content-free notice template goes
 * out, once per batch; the reporter's answer reopens the window and the waiting messages follow it.
 */
import type { IdentityVault } from '../../crypto/identity-vault.js';
import type { SealedEnvelope } from '../../crypto/envelope.js';
import type { CaseStatus } from '../../domain/vocabulary.js';
import type { AppLogger, Clock } from '../../intake/ports.js';
import type { CaseChangeContent } from '../../staff/case-change.js';
import type { TimelineEntry } from '../../staff/timeline.js';
import type { Tenant } from '../../tenancy/tenant.js';
import type { MessageDelivery } from '../../thread/ports.js';
import { openThreadEntry, sealThreadText, threadContext } from '../../thread/thread-entries.js';
import { withinServiceWindow } from './outgoing-message.js';
import { OUTSIDE_SERVICE_WINDOW, WhatsAppApiError, type WhatsAppSender } from './ports.js';
import { tenantHotline } from './prompts.js';
import { noticeTemplate } from './reply-delivery.js';
import type { WhatsAppUser } from './webhook-payload.js';

/** After a staff message or notice, the reporter's plain answers go to the case for this long. */
export const THREAD_OPEN_MS = 7 * 24 * 3_600_000;
/** Longer than one delivery takes; a crashed sender's lease runs out and the next attempt takes over. */
const LEASE_MS = 60_000;
/** A WhatsApp text holds at most 4,096 characters. */
const REPLY_MAX_LENGTH = 4096;

export interface ReporterLine {
  readonly tenantId: string;
  readonly caseId: string;
  /** The reporter's number and/or BSUID, sealed (purpose `thread`). */
  readonly recipient: SealedEnvelope;
  /** When the reporter last wrote: decides text or template. */
  readonly lastInboundAt: string;
  /** The case version of the newest staff message delivered. */
  readonly deliveredThrough: number;
  /** The case version of the newest staff message the notice template stood for. */
  readonly noticeFor: number;
  readonly threadOpenUntil?: string;
}

export type NewReporterLine = Pick<ReporterLine, 'tenantId' | 'caseId' | 'recipient' | 'lastInboundAt'>;

export interface DeliveryProgress {
  readonly deliveredThrough?: number;
  readonly noticeFor?: number;
  readonly threadOpenUntil?: string;
}

export interface ReporterLineStore {
  /** Creates or refreshes the line and points each identity (blind index) of the reporter at the case. */
  saveLine(line: NewReporterLine, identityKeys: readonly string[]): Promise<void>;
  findCaseOf(tenantId: string, identityKeys: readonly string[]): Promise<string | undefined>;
  findLine(tenantId: string, caseId: string): Promise<ReporterLine | undefined>;
  touchInbound(tenantId: string, caseId: string, at: string): Promise<void>;
  /** The delivery lease: `false` while another sender holds it. */
  claim(tenantId: string, caseId: string, now: string, until: string): Promise<boolean>;
  recordProgress(tenantId: string, caseId: string, progress: DeliveryProgress): Promise<void>;
  release(tenantId: string, caseId: string): Promise<void>;
  /** Staff messages recorded after that version, oldest first. */
  messagesAfter(tenantId: string, caseId: string, version: number): Promise<{ version: number; entry: TimelineEntry }[]>;
  caseStatus(tenantId: string, caseId: string): Promise<CaseStatus | undefined>;
  /** Records a change once per key, whatever the case's version (a redelivered message is not recorded twice). */
  appendToCase(tenantId: string, caseId: string, changeKey: string, content: CaseChangeContent): Promise<void>;
}

export interface ReporterLineDependencies {
  readonly lines: ReporterLineStore;
  readonly sender: WhatsAppSender;
  readonly vault: IdentityVault;
  readonly clock: Clock;
  readonly logger: AppLogger;
}

/** When a WhatsApp conversation files a case: the case can reach the chat from now on. */
export async function recordReporterLine(
  deps: Pick<ReporterLineDependencies, 'lines' | 'vault'>,
  tenant: Tenant,
  caseId: string,
  reporter: WhatsAppUser,
  identityKeys: readonly string[],
  lastInboundAt: Date,
): Promise<void> {
  const recipient = await deps.vault.seal(threadContext(tenant.id, caseId), {
    ...(reporter.phone ? { phone: reporter.phone } : {}),
    ...(reporter.userId ? { userId: reporter.userId } : {}),
  });
  await deps.lines.saveLine({ tenantId: tenant.id, caseId, recipient, lastInboundAt: lastInboundAt.toISOString() }, identityKeys);
}

/** Sends the staff messages the reporter has not received; throws when a send failed (they stay owed). */
export async function deliverOwedMessages(deps: ReporterLineDependencies, tenant: Tenant, caseId: string): Promise<MessageDelivery> {
  const line = await deps.lines.findLine(tenant.id, caseId);
  if (!line) return 'inbox';
  const now = deps.clock.now();
  if (!(await deps.lines.claim(tenant.id, caseId, now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString()))) {
    return 'waiting';
  }
  try {
    const owed = await deps.lines.messagesAfter(tenant.id, caseId, line.deliveredThrough);
    const newest = owed.at(-1)?.version;
    if (newest === undefined) return 'sent';
    const to = await deps.vault.open<WhatsAppUser>(threadContext(tenant.id, caseId), line.recipient);
    const threadOpenUntil = new Date(now.getTime() + THREAD_OPEN_MS).toISOString();
    // One notice stands for every message waiting behind it: none while an earlier one is unanswered.
    const notice = async () => {
      if (line.noticeFor <= line.deliveredThrough) {
        await deps.sender.send(tenant, to, noticeTemplate(tenant));
        await deps.lines.recordProgress(tenant.id, caseId, { noticeFor: newest, threadOpenUntil });
      }
      return 'notice' as const;
    };
    if (!withinServiceWindow(new Date(line.lastInboundAt), now)) return await notice();
    for (const { version, entry } of owed) {
      if (entry.kind !== 'message') continue;
      const opened = await openThreadEntry(deps.vault, tenant.id, caseId, entry);
      if (opened.kind !== 'message') continue;
      try {
        await deps.sender.send(tenant, to, { kind: 'text', text: staffMessageText(tenant, opened.text) });
      } catch (error) {
        if (error instanceof WhatsAppApiError && error.code === OUTSIDE_SERVICE_WINDOW) return await notice();
        throw error;
      }
      await deps.lines.recordProgress(tenant.id, caseId, { deliveredThrough: version, threadOpenUntil });
    }
    deps.logger.info('reporter messages delivered', { tenant: tenant.id, caseId, count: owed.length });
    return 'sent';
  } finally {
    await deps.lines.release(tenant.id, caseId);
  }
}

/**
 * A plain text from a reporter whose case has an open thread (a staff message or notice went out recently,
 * or messages are still owed) and who is not in the middle of a new report: their answer goes to that case, sealed, and the messages
 * waiting for them follow. Returns false when the message is not an answer to a case.
 */
export async function answerOnCaseThread(
  deps: ReporterLineDependencies,
  tenant: Tenant,
  reporter: WhatsAppUser,
  answer: { readonly text: string; readonly sentAt: Date; readonly changeKey: string },
  identityKeys: readonly string[],
): Promise<boolean> {
  const caseId = await deps.lines.findCaseOf(tenant.id, identityKeys);
  const line = caseId ? await deps.lines.findLine(tenant.id, caseId) : undefined;
  if (!caseId || !line) return false;
  await deps.lines.touchInbound(tenant.id, caseId, answer.sentAt.toISOString());
  const now = deps.clock.now();
  const recent = line.threadOpenUntil !== undefined && line.threadOpenUntil > now.toISOString();
  // Messages still owed (never sent, or sent by no one yet) open the thread too: the answer brings them.
  if (!recent && (await deps.lines.messagesAfter(tenant.id, caseId, line.deliveredThrough)).length === 0) return false;

  const afterClose = (await deps.lines.caseStatus(tenant.id, caseId)) === 'selesai';
  const reply = await sealThreadText(deps.vault, tenant.id, caseId, answer.text.trim().slice(0, REPLY_MAX_LENGTH));
  await deps.lines.appendToCase(tenant.id, caseId, answer.changeKey, {
    entry: { kind: 'reply', at: now.toISOString(), line: 'whatsapp', reply, ...(afterClose ? { afterClose: true as const } : {}) },
  });
  deps.logger.info('reporter answer recorded', { tenant: tenant.id, caseId, afterClose });
  // The answer is stored; what follows is owed until it goes out (the next answer tries again).
  try {
    await deps.sender.send(tenant, reporter, { kind: 'text', text: afterClose ? closedCaseText(tenant) : ANSWER_RECEIVED });
    await deliverOwedMessages(deps, tenant, caseId);
  } catch (error) {
    deps.logger.warn('reporter messages left owed', { tenant: tenant.id, caseId, errorName: error instanceof Error ? error.name : 'unknown' });
  }
  return true;
}

const ANSWER_RECEIVED = 'Terima kasih, jawaban Anda sudah kami teruskan ke petugas yang menangani laporan Anda.';

function staffMessageText(tenant: Tenant, text: string): string {
  return `Pesan dari petugas ${tenant.serviceName}:\n\n${text}\n\nBalas pesan ini untuk menjawab.`;
}

/** A closed case: the answer is kept for the team, and the reporter is told where help is now. */
function closedCaseText(tenant: Tenant): string {
  return `Laporan Anda sudah selesai ditangani. Jawaban Anda tetap kami simpan untuk tim. Bila masih butuh bantuan, hubungi ${tenantHotline(tenant)}, atau ketik *menu* untuk laporan baru. Dalam bahaya, telepon 112.`;
}
