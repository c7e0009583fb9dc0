/**
 * The two-way line between a case's staff and its reporter, as entries of the case's history: staff
 * messages, the reporter's replies and their data requests (UU PDP). Their words are sealed under the
 * purpose `thread`, which the staff API, the reporter's inbox (web) and their chat (WhatsApp) may open.
 */
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { DataRequestKind, ReplyLine, StaffRef, TimelineEntry } from '../staff/timeline.js';

/** A staff message or a reporter's reply holds at most this many characters. */
export const THREAD_TEXT_MAX_LENGTH = 1000;

/** UU 27/2022: processing is restricted within 3 × 24 h of a data subject's request. */
export const DATA_REQUEST_HOURS = 72;

export type ThreadEntry = Extract<TimelineEntry, { kind: 'message' | 'reply' | 'dataRequest' }>;

export type ThreadView =
  | { readonly kind: 'message'; readonly at: string; readonly by: StaffRef; readonly text: string }
  | { readonly kind: 'reply'; readonly at: string; readonly line: ReplyLine; readonly text: string; readonly afterClose?: true }
  | {
      readonly kind: 'dataRequest';
      readonly at: string;
      readonly request: DataRequestKind;
      readonly dueAt: string;
      readonly text?: string;
    };

export function isThreadEntry(entry: TimelineEntry): entry is ThreadEntry {
  return entry.kind === 'message' || entry.kind === 'reply' || entry.kind === 'dataRequest';
}

/** Whether its words are still there: the retention job (or a granted erasure) removes them, not the entry. */
export function hasWords(entry: ThreadEntry): boolean {
  if (entry.kind === 'message') return entry.message !== undefined;
  return entry.kind === 'dataRequest' || entry.reply !== undefined;
}

/** The sealed thread text of a case. */
export const threadContext = (tenantId: string, caseId: string) => ({ tenant: tenantId, caseId, purpose: 'thread' }) as const;

export function sealThreadText(vault: IdentityVault, tenantId: string, caseId: string, text: string) {
  return vault.seal(threadContext(tenantId, caseId), { text });
}

/** Opens one thread entry (one KMS request when it holds words). */
export async function openThreadEntry(vault: IdentityVault, tenantId: string, caseId: string, entry: ThreadEntry): Promise<ThreadView> {
  const open = async (sealed: Parameters<IdentityVault['open']>[1]) =>
    (await vault.open<{ text: string }>(threadContext(tenantId, caseId), sealed)).text;
  switch (entry.kind) {
    case 'message':
      return { kind: 'message', at: entry.at, by: entry.by, text: await open(entry.message) };
    case 'reply':
      return {
        kind: 'reply',
        at: entry.at,
        line: entry.line,
        text: await open(entry.reply),
        ...(entry.afterClose ? { afterClose: true as const } : {}),
      };
    case 'dataRequest':
      return {
        kind: 'dataRequest',
        at: entry.at,
        request: entry.request,
        dueAt: entry.dueAt,
        ...(entry.reply ? { text: await open(entry.reply) } : {}),
      };
  }
}
