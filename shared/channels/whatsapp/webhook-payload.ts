/**
 * The WhatsApp Cloud API webhook as Meta sends it (`object: whatsapp_business_account`, then
 * `entry[].changes[].value`), parsed with zod and flattened into what the conversation needs. Only the
 * `messages` field is read; other fields Meta may deliver to the same URL are acknowledged and ignored.
 */
import * as z from 'zod';

const MAX_TEXT = 8192;

const Metadata = z.object({
  display_phone_number: z.string().max(40),
  phone_number_id: z.string().min(1).max(64),
});

const Contact = z.object({
  profile: z.object({ name: z.string().max(512).optional() }).optional(),
  wa_id: z.string().max(40).optional(),
  user_id: z.string().max(256).optional(),
});

/** A phone number as WhatsApp sends it (wa_id: international, digits only). */
const PHONE = /^[0-9]{5,20}$/;
/** A business-scoped user id (BSUID, WhatsApp usernames): up to 256 letters and digits, with dots (`user.…`, `US.…`). */
const BSUID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,255}$/;

/**
 * Every message has these; the rest depends on `type`, read by `toInboundContent`. The sender is named by
 * phone number (`from`, "" for a WhatsApp username), by BSUID (`from_user_id`), or both: see `senderOf`.
 */
const MessageHeader = z.object({
  from: z.string().max(40).optional(),
  from_user_id: z.string().max(256).optional(),
  id: z.string().min(1).max(512),
  timestamp: z.string().regex(/^[0-9]{1,12}$/),
  type: z.string().min(1).max(64),
});

const Status = z.object({
  id: z.string().max(512).optional(),
  status: z.string().max(40),
  timestamp: z.string().max(20).optional(),
  errors: z.array(z.object({ code: z.number().optional() })).max(20).optional(),
});

const ChangeValue = z.object({
  messaging_product: z.literal('whatsapp'),
  metadata: Metadata,
  contacts: z.array(Contact).max(100).optional(),
  // Parsed per message below, so one odd message cannot make Meta redeliver the whole batch forever.
  messages: z.array(z.unknown()).max(100).optional(),
  statuses: z.array(Status).max(1000).optional(),
});

const Change = z.object({ field: z.string().max(64), value: z.unknown() });

export const WebhookEnvelope = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z
    .array(z.object({ id: z.string().max(64).optional(), changes: z.array(Change).max(100) }))
    .max(100),
});
export type WebhookEnvelope = z.infer<typeof WebhookEnvelope>;

const MediaPayload = z.object({
  id: z.string().min(1).max(256),
  mime_type: z.string().max(200).optional(),
  sha256: z.string().max(200).optional(),
  caption: z.string().max(MAX_TEXT).optional(),
  filename: z.string().max(1024).optional(),
  /** false for an audio file (forwarded, attached), true for a voice note recorded in the chat. */
  voice: z.boolean().optional(),
});

const CONTENT = {
  text: z.object({ text: z.object({ body: z.string().max(MAX_TEXT) }) }),
  interactive: z.object({
    interactive: z.union([
      z.object({
        type: z.literal('button_reply'),
        button_reply: z.object({ id: z.string().max(256), title: z.string().max(256) }),
      }),
      z.object({
        type: z.literal('list_reply'),
        list_reply: z.object({ id: z.string().max(256), title: z.string().max(256) }),
      }),
    ]),
  }),
  button: z.object({ button: z.object({ payload: z.string().max(256).optional(), text: z.string().max(256) }) }),
  image: z.object({ image: MediaPayload }),
  audio: z.object({ audio: MediaPayload }),
  video: z.object({ video: MediaPayload }),
  document: z.object({ document: MediaPayload }),
  edit: z.object({
    edit: z.object({
      original_message_id: z.string().min(1).max(512),
      message: z.looseObject({
        type: z.string().max(64),
        text: z.object({ body: z.string().max(MAX_TEXT) }).optional(),
      }),
    }),
  }),
  location: z.object({
    location: z.object({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      name: z.string().max(1024).optional(),
      address: z.string().max(1024).optional(),
    }),
  }),
} as const;

export const MEDIA_KINDS = ['image', 'audio', 'video', 'document'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** Who wrote: a phone number (wa_id), a business-scoped user id (BSUID), or both. Personal data. */
export type WhatsAppUser =
  | { readonly phone: string; readonly userId?: string }
  | { readonly phone?: string; readonly userId: string };

/** What a reporter sent, in the few shapes the conversation understands. */
export type InboundContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'choice'; readonly id: string; readonly title: string }
  | {
      readonly kind: 'media';
      readonly media: MediaKind;
      readonly mediaId: string;
      readonly mimeType?: string;
      readonly sha256?: string;
      readonly caption?: string;
      /** Meta's `voice`: false for an audio file rather than a recorded voice note. */
      readonly voice?: boolean;
    }
  /** The reporter changed the text (or caption) of an earlier message. */
  | { readonly kind: 'edit'; readonly originalMessageId: string; readonly text: string }
  | {
      readonly kind: 'location';
      readonly latitude: number;
      readonly longitude: number;
      readonly name?: string;
      readonly address?: string;
    }
  /** Stickers, Meta's `unsupported`, shared contacts, a malformed known type: worth a helpful re-prompt. */
  | { readonly kind: 'unreadable'; readonly type: string }
  /** Reactions, system notices and types we do not know: acknowledged, logged by type, never answered. */
  | { readonly kind: 'ignored'; readonly type: string };

export interface InboundMessage {
  readonly phoneNumberId: string;
  readonly sender: WhatsAppUser;
  /** Meta's message id (`wamid.…`): it embeds the sender's number, so it is never stored or logged. */
  readonly messageId: string;
  readonly sentAt: Date;
  readonly type: string;
  readonly content: InboundContent;
}

export interface StatusNotice {
  readonly phoneNumberId: string;
  readonly status: string;
  readonly errorCodes: readonly number[];
}

export interface WebhookBatch {
  readonly messages: readonly InboundMessage[];
  readonly statuses: readonly StatusNotice[];
  /** Changes with a field other than `messages`, or a value we could not read: counted, never processed. */
  readonly skippedChanges: number;
  readonly skippedMessages: number;
  /** Messages that name no sender the product can answer or key a conversation by: never dropped silently. */
  readonly unattributed: number;
}

/** Flattens a parsed envelope; never throws on a single odd change or message. */
export function readWebhookBatch(envelope: WebhookEnvelope): WebhookBatch {
  const messages: InboundMessage[] = [];
  const statuses: StatusNotice[] = [];
  let skippedChanges = 0;
  let skippedMessages = 0;
  let unattributed = 0;
  for (const change of envelope.entry.flatMap((entry) => entry.changes)) {
    const value = change.field === 'messages' ? ChangeValue.safeParse(change.value) : undefined;
    if (!value?.success) {
      skippedChanges++;
      continue;
    }
    const { phone_number_id: phoneNumberId } = value.data.metadata;
    for (const status of value.data.statuses ?? []) {
      statuses.push({
        phoneNumberId,
        status: status.status,
        errorCodes: (status.errors ?? []).flatMap((e) => (e.code === undefined ? [] : [e.code])),
      });
    }
    for (const raw of value.data.messages ?? []) {
      const header = MessageHeader.safeParse(raw);
      if (!header.success) {
        skippedMessages++;
        continue;
      }
      const sender = senderOf(header.data, value.data.contacts ?? []);
      if (!sender) {
        unattributed++;
        continue;
      }
      messages.push({
        phoneNumberId,
        sender,
        messageId: header.data.id,
        sentAt: new Date(Number(header.data.timestamp) * 1000),
        type: header.data.type,
        content: toInboundContent(header.data.type, raw),
      });
    }
  }
  return { messages, statuses, skippedChanges, skippedMessages, unattributed };
}

/**
 * The sender of a message: its phone number and its BSUID (from the message, else from the contact that
 * is this sender: the one with its number, or the only one when the number is missing).
 */
function senderOf(
  header: z.infer<typeof MessageHeader>,
  contacts: readonly z.infer<typeof Contact>[],
): WhatsAppUser | undefined {
  const phone = header.from && PHONE.test(header.from) ? header.from : undefined;
  const contact = phone ? contacts.find((c) => c.wa_id === phone) : contacts.length === 1 ? contacts[0] : undefined;
  const userId = [header.from_user_id, contact?.user_id].find((id) => id !== undefined && BSUID.test(id));
  if (phone) return userId ? { phone, userId } : { phone };
  return userId ? { userId } : undefined;
}

/** The phone-number ids a body names, read before its signature is checked (to pick the app secret). */
export function phoneNumberIdsIn(untrusted: unknown): string[] {
  const ids = new Set<string>();
  const entries = (untrusted as { entry?: unknown } | null)?.entry;
  if (!Array.isArray(entries)) return [];
  for (const entry of entries.slice(0, 100)) {
    const changes = (entry as { changes?: unknown } | null)?.changes;
    if (!Array.isArray(changes)) continue;
    for (const change of changes.slice(0, 100)) {
      const id = (change as { value?: { metadata?: { phone_number_id?: unknown } } } | null)?.value?.metadata
        ?.phone_number_id;
      if (typeof id === 'string' && id.length > 0 && id.length <= 64) ids.add(id);
    }
  }
  return [...ids];
}

function captionOf(media: unknown): string | undefined {
  const parsed = MediaPayload.pick({ caption: true }).safeParse(media);
  return parsed.success ? parsed.data.caption : undefined;
}

function toInboundContent(type: string, raw: unknown): InboundContent {
  switch (type) {
    case 'text': {
      const parsed = CONTENT.text.safeParse(raw);
      return parsed.success ? { kind: 'text', text: parsed.data.text.body } : { kind: 'unreadable', type };
    }
    case 'interactive': {
      const parsed = CONTENT.interactive.safeParse(raw);
      if (!parsed.success) return { kind: 'unreadable', type };
      const { interactive } = parsed.data;
      const reply = interactive.type === 'button_reply' ? interactive.button_reply : interactive.list_reply;
      return { kind: 'choice', id: reply.id, title: reply.title };
    }
    case 'button': {
      // A tap on a template's quick-reply button: the payload is what we put there, the text what it said.
      const parsed = CONTENT.button.safeParse(raw);
      if (!parsed.success) return { kind: 'unreadable', type };
      const { payload, text } = parsed.data.button;
      return { kind: 'choice', id: payload ?? text, title: text };
    }
    case 'image':
    case 'audio':
    case 'video':
    case 'document': {
      const parsed = CONTENT[type].safeParse(raw);
      if (!parsed.success) return { kind: 'unreadable', type };
      const media = (parsed.data as Record<MediaKind, z.infer<typeof MediaPayload>>)[type];
      return {
        kind: 'media',
        media: type,
        mediaId: media.id,
        mimeType: media.mime_type,
        sha256: media.sha256,
        caption: media.caption,
        ...(media.voice === undefined ? {} : { voice: media.voice }),
      };
    }
    case 'edit': {
      const parsed = CONTENT.edit.safeParse(raw);
      if (!parsed.success) return { kind: 'unreadable', type };
      const { original_message_id: originalMessageId, message } = parsed.data.edit;
      const text = message.text?.body ?? captionOf(message[message.type]);
      // An edit that changes no words (a file swapped) changes nothing the report holds.
      return text === undefined ? { kind: 'ignored', type } : { kind: 'edit', originalMessageId, text };
    }
    case 'location': {
      const parsed = CONTENT.location.safeParse(raw);
      return parsed.success ? { kind: 'location', ...parsed.data.location } : { kind: 'unreadable', type };
    }
    case 'sticker':
    case 'unsupported':
    case 'contacts':
      return { kind: 'unreadable', type };
    default:
      return { kind: 'ignored', type };
  }
}
