/**
 * The sealed content of a conversation item, with a version. Drafts live 24 hours, across deploys: a draft
 * written by an earlier version is migrated when it can be, and one that cannot be read at all is reported
 * as such (the reporter is told kindly and starts again), never a failure of the webhook.
 */
import * as z from 'zod';
import { Conversation, filedAnswers } from './conversation.js';
import type { OutgoingMessage } from './outgoing-message.js';

export const DRAFT_VERSION = 2;

const Title = z.string().max(4096);
const OutgoingMessageSchema: z.ZodType<OutgoingMessage> = z.union([
  z.object({ kind: z.literal('text'), text: Title }),
  z.object({
    kind: z.literal('buttons'),
    text: Title,
    buttons: z.array(z.object({ id: z.string().max(256), title: Title })).max(10),
  }),
  z.object({
    kind: z.literal('list'),
    text: Title,
    button: Title,
    sections: z
      .array(
        z.object({
          title: Title,
          rows: z.array(z.object({ id: z.string().max(256), title: Title, description: Title.optional() })).max(20),
        }),
      )
      .max(10),
  }),
  z.object({ kind: z.literal('template'), name: z.string().max(512), language: z.string().max(20) }),
]);

/** The replies of the message that produced this state ride with it until they are delivered. */
const Draft = z.object({
  version: z.literal(DRAFT_VERSION),
  conversation: Conversation,
  outbox: z.array(OutgoingMessageSchema).max(50),
});
export type StoredDraft = z.infer<typeof Draft>;

/**
 * Version 1 (no `version` field) had no danger check: a case existed only after the danger question, when
 * every answer before it was in the report, so the filed answers are the draft's own.
 */
const DraftV1 = z.object({
  version: z.undefined().optional(),
  conversation: Conversation.omit({ filed: true, dangerDeclined: true }).extend({
    step: Conversation.shape.step.exclude(['danger_check']),
  }),
  outbox: Draft.shape.outbox,
});

export type DraftReading =
  | { readonly kind: 'current' | 'migrated'; readonly draft: StoredDraft }
  | { readonly kind: 'unreadable' };

/** Reads what a conversation item's envelope held: the current version, an older one migrated, or neither. */
export function readStoredDraft(opened: unknown): DraftReading {
  const current = Draft.safeParse(opened);
  if (current.success) return { kind: 'current', draft: current.data };
  const v1 = DraftV1.safeParse(opened);
  if (v1.success) {
    const { conversation, outbox } = v1.data;
    const filed = conversation.caseRef ? { filed: filedAnswers(conversation) } : {};
    return { kind: 'migrated', draft: { version: DRAFT_VERSION, conversation: { ...conversation, ...filed }, outbox } };
  }
  return { kind: 'unreadable' };
}

/** What is sealed into a conversation item. */
export function storedDraft(conversation: Conversation, outbox: readonly OutgoingMessage[]): StoredDraft {
  return { version: DRAFT_VERSION, conversation, outbox: [...outbox] };
}
