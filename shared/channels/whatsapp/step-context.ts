/**
 * What one conversation step reads, may do, and gives back. Side effects (submitting, attaching, checking a
 * status, an urgent send) come in as `StepActions`, so the steps stay free of storage and transport and can
 * be replayed safely: every action is idempotent.
 */
import type { ReportStatus } from '../../intake/check-report-status.js';
import type { ReportReceipt } from '../../intake/submit-report.js';
import type { Tenant } from '../../tenancy/tenant.js';
import type { Conversation, FiledAnswers, StoredMediaNote } from './conversation.js';
import type { OutgoingMessage } from './outgoing-message.js';
import type { InboundContent } from './webhook-payload.js';

/**
 * What the machine reads: the inbound content with media already stored (or known to have failed). Words
 * carry `source`, a digest of their message, so that a later edit of that message finds them; an edit names
 * the message it changes by the same digest (`target`).
 */
export type StepInput =
  | Exclude<InboundContent, { kind: 'text' } | { kind: 'media' } | { kind: 'edit' } | { kind: 'ignored' }>
  | { readonly kind: 'text'; readonly text: string; readonly source?: string }
  | { readonly kind: 'media'; readonly note: StoredMediaNote; readonly caption?: string; readonly source?: string }
  | { readonly kind: 'media-failed' }
  | { readonly kind: 'edit'; readonly target: string; readonly text: string; readonly source: string };

/** Answers given after an early filing: only what the case does not hold yet. */
export type LaterAnswers = Partial<Omit<FiledAnswers, 'narrative' | 'placeDetail'>> & {
  readonly narrative?: readonly string[];
  readonly placeDetail?: readonly string[];
};

/** What a case still lacks that this conversation can add: new files, later answers, an edit, the identity. */
export interface CaseAddition {
  readonly id: string;
  readonly media: readonly StoredMediaNote[];
  readonly withIdentity: boolean;
  readonly answers?: LaterAnswers;
  /** The new words of a message the reporter edited after it went into the case. */
  readonly edited?: string;
}

export interface StepActions {
  /** Stores the report built from the conversation, its files included; idempotent per conversation. */
  submit(conversation: Conversation): Promise<ReportReceipt>;
  /** Attaches an addition to the conversation's case; idempotent per addition id. */
  attach(conversation: Conversation, addition: CaseAddition): Promise<void>;
  checkStatus(reference: string, trackingCode: string): Promise<ReportStatus | undefined>;
  /** Sends at once, outside the stored outbox, best effort: only for help that must not wait for a retry. */
  sendNow(replies: readonly OutgoingMessage[]): Promise<void>;
}

export interface StepContext {
  readonly tenant: Tenant;
  readonly now: Date;
  /** The sender's phone number when this message gave one (a WhatsApp username may hide it). */
  readonly phone?: string;
  readonly newConversationId: () => string;
  readonly actions: StepActions;
}

export interface StepOutcome {
  /** `null`: forget the conversation (its stored item is deleted). */
  readonly conversation: Conversation | null;
  readonly replies: readonly OutgoingMessage[];
}

export function reply(conversation: Conversation | null, replies: readonly OutgoingMessage[]): StepOutcome {
  return { conversation, replies };
}
