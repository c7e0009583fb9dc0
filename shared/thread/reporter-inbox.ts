/**
 * The reporter's inbox (web, call-center and walk-in reporters, or anyone with their receipt): behind the
 * reference + tracking code, under the status check's wrong-code lockout. They read what staff wrote, answer,
 * add information, and ask for a copy, a correction or the erasure of their data (UU PDP); each request is a
 * task on the case with the 3 × 24 h clock. Nothing is ever pushed to them: they come back to look.
 */
import * as z from 'zod';
import { tenantHotline } from '../channels/whatsapp/prompts.js';
import { findReportByCode, StatusQuery } from '../intake/check-report-status.js';
import type { IntakeDependencies } from '../intake/submit-report.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import type { BilingualMessage } from '../errors.js';
import { mapBounded } from '../map-bounded.js';
import { DATA_REQUEST_KINDS } from '../staff/timeline.js';
import type { Tenant } from '../tenancy/tenant.js';
import { parseOrThrow } from '../validation.js';
import type { ReporterThreadStore } from './ports.js';
import { DATA_REQUEST_HOURS, hasWords, isThreadEntry, openThreadEntry, sealThreadText, THREAD_TEXT_MAX_LENGTH } from './thread-entries.js';

/** Changes of the case read for one inbox view: the thread's recent part (older work is the staff's). */
const INBOX_CHANGES = 50;
/** Thread entries opened at once (one KMS request each). */
const OPEN_AT_ONCE = 4;

export type InboxDependencies = Pick<IntakeDependencies, 'cases' | 'vault' | 'clock' | 'ids' | 'logger' | 'abuse'> & {
  readonly thread: ReporterThreadStore;
};

export const InboxReply = StatusQuery.extend({
  text: z.string().trim().min(1).max(THREAD_TEXT_MAX_LENGTH),
  /** A right under UU PDP the reporter asks to use with this message. */
  request: z.enum(DATA_REQUEST_KINDS).optional(),
});

/** One entry as the reporter sees it: never a staff member's name, only "the team". */
export interface InboxEntry {
  readonly from: 'staff' | 'reporter';
  readonly at: string;
  readonly text: string;
  readonly request?: (typeof DATA_REQUEST_KINDS)[number];
}

export interface Inbox {
  readonly reference: string;
  readonly status: CaseStatus;
  /** Oldest first. */
  readonly entries: readonly InboxEntry[];
  /** When to look again (nothing is sent to the reporter's phone). */
  readonly lookAgain: BilingualMessage;
}

export interface InboxReplyResult {
  readonly reference: string;
  readonly recorded: true;
  /** The case is closed: the answer is kept for the team; where help is now. */
  readonly closed?: BilingualMessage;
  readonly dueAt?: string;
}

export const LOOK_AGAIN: BilingualMessage = {
  id: 'Petugas biasanya membalas dalam 1 hari kerja. Buka lagi halaman ini besok dengan nomor laporan dan kode yang sama. Kami tidak mengirim pemberitahuan ke ponsel Anda, agar tetap aman.',
  en: 'The team usually answers within one working day. Open this page again tomorrow with the same report number and code. We send nothing to your phone, to keep you safe.',
};

export async function openInbox(deps: InboxDependencies, tenant: Tenant, input: unknown): Promise<Inbox> {
  const found = await findReportByCode(deps, tenant, input);
  const changes = await deps.thread.listRecentChanges(tenant.id, found.caseId, INBOX_CHANGES);
  const thread = changes.map((change) => change.entry).filter(isThreadEntry).filter(hasWords).reverse();
  const opened = await mapBounded(thread, OPEN_AT_ONCE, (entry) => openThreadEntry(deps.vault, tenant.id, found.caseId, entry));
  const entries = opened.map((view): InboxEntry => {
    if (view.kind === 'message') return { from: 'staff', at: view.at, text: view.text };
    if (view.kind === 'reply') return { from: 'reporter', at: view.at, text: view.text };
    return { from: 'reporter', at: view.at, text: view.text ?? '', request: view.request };
  });
  return { reference: found.reference, status: found.status, entries, lookAgain: LOOK_AGAIN };
}

export async function replyFromInbox(deps: InboxDependencies, tenant: Tenant, input: unknown): Promise<InboxReplyResult> {
  const reply = parseOrThrow(InboxReply, input);
  const found = await findReportByCode(deps, tenant, reply);
  const now = deps.clock.now();
  const at = now.toISOString();
  const sealed = await sealThreadText(deps.vault, tenant.id, found.caseId, reply.text);
  const afterClose = found.status === 'selesai';
  const dueAt = reply.request ? new Date(now.getTime() + DATA_REQUEST_HOURS * 3_600_000).toISOString() : undefined;
  // Each post is its own answer (a new id): a reporter who sends twice has said it twice.
  await deps.thread.appendToCase(tenant.id, found.caseId, `inbox-${deps.ids.newId()}`, {
    entry:
      reply.request && dueAt
        ? { kind: 'dataRequest', at, request: reply.request, dueAt, reply: sealed }
        : { kind: 'reply', at, line: 'inbox', reply: sealed, ...(afterClose ? { afterClose: true as const } : {}) },
  });
  deps.logger.info('reporter answer recorded', { tenant: tenant.id, caseId: found.caseId, request: reply.request, afterClose });
  return {
    reference: found.reference,
    recorded: true,
    ...(afterClose ? { closed: closedCaseMessage(tenant) } : {}),
    ...(dueAt ? { dueAt } : {}),
  };
}

function closedCaseMessage(tenant: Tenant): BilingualMessage {
  const call = tenantHotline(tenant);
  return {
    id: `Laporan ini sudah selesai ditangani. Pesan Anda tetap kami simpan untuk tim. Bila masih butuh bantuan, hubungi ${call}. Dalam bahaya, telepon 112.`,
    en: `This report has been closed. Your message is kept for the team. If you still need help, contact ${call}. In danger, call 112.`,
  };
}
