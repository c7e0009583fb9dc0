/**
 * Builds webhook bodies exactly as the WhatsApp Cloud API sends them (see test/fixtures/whatsapp/ for
 * Meta's published examples), signed as Meta signs them. Used by the simulator and the tests.
 */
import { randomBytes } from 'node:crypto';
import { signWebhookBody } from '#shared/channels/whatsapp/webhook-signature.js';

export type SimulatedMessage =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'button_reply' | 'list_reply'; readonly id: string; readonly title: string }
  | {
      readonly type: 'image' | 'audio' | 'video' | 'document' | 'sticker';
      readonly mediaId: string;
      readonly mimeType: string;
      readonly caption?: string;
      /** Audio only: false for an audio file (forwarded) rather than a voice note. */
      readonly voice?: boolean;
    }
  | { readonly type: 'edit'; readonly originalMessageId: string; readonly text: string }
  | { readonly type: 'location'; readonly latitude: number; readonly longitude: number; readonly name?: string; readonly address?: string }
  | { readonly type: 'reaction'; readonly messageId: string; readonly emoji: string };

export interface SimulatedSender {
  readonly phoneNumberId: string;
  /** The reporter's WhatsApp id: international number, digits only; "" for a username that hides it. */
  readonly from: string;
  /** The reporter's business-scoped user id (BSUID), sent as Meta does since usernames. */
  readonly userId?: string;
  readonly profileName?: string;
  readonly messageId?: string;
  readonly timestamp?: Date;
}

/** A message id in Meta's format: base64 of a small protobuf that carries the sender's number. */
export function simulatedMessageId(from: string): string {
  const number = Buffer.from(from, 'ascii');
  const random = Buffer.from(randomBytes(10).toString('hex').toUpperCase(), 'ascii');
  const bytes = Buffer.concat([
    Buffer.from([0x1c, 0x18, number.length]),
    number,
    Buffer.from([0x15, 0x02, 0x00, 0x12, 0x18, random.length]),
    random,
    Buffer.from([0x00]),
  ]);
  return `wamid.${bytes.toString('base64')}`;
}

export function messagePayload(sender: SimulatedSender, message: SimulatedMessage): Record<string, unknown> {
  const userId = sender.userId ? { user_id: sender.userId } : {};
  return envelope(sender.phoneNumberId, {
    contacts: [{ profile: { name: sender.profileName ?? 'Simulated reporter' }, wa_id: sender.from, ...userId }],
    messages: [
      {
        from: sender.from,
        ...(sender.userId ? { from_user_id: sender.userId } : {}),
        id: sender.messageId ?? simulatedMessageId(sender.from || (sender.userId ?? '')),
        timestamp: String(Math.floor((sender.timestamp ?? new Date()).getTime() / 1000)),
        ...messageContent(message),
      },
    ],
  });
}

/** The headers Meta sends with a body: JSON, and the HMAC-SHA256 of the exact bytes with the app secret. */
export function signedHeaders(body: string, appSecret: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'facebookexternalua',
    'x-hub-signature-256': signWebhookBody(Buffer.from(body, 'utf8'), appSecret),
  };
}

function envelope(phoneNumberId: string, value: Record<string, unknown>): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
              ...value,
            },
            field: 'messages',
          },
        ],
      },
    ],
  };
}

function messageContent(message: SimulatedMessage): Record<string, unknown> {
  switch (message.type) {
    case 'text':
      return { type: 'text', text: { body: message.text } };
    case 'button_reply':
    case 'list_reply':
      return {
        type: 'interactive',
        interactive: { type: message.type, [message.type]: { id: message.id, title: message.title } },
      };
    case 'location':
      return {
        type: 'location',
        location: {
          latitude: message.latitude,
          longitude: message.longitude,
          ...(message.name ? { name: message.name } : {}),
          ...(message.address ? { address: message.address } : {}),
        },
      };
    case 'reaction':
      return { type: 'reaction', reaction: { message_id: message.messageId, emoji: message.emoji } };
    case 'edit':
      return {
        type: 'edit',
        edit: { original_message_id: message.originalMessageId, message: { type: 'text', text: { body: message.text } } },
      };
    default:
      return {
        type: message.type,
        [message.type]: {
          ...(message.caption ? { caption: message.caption } : {}),
          mime_type: message.mimeType,
          sha256: randomBytes(32).toString('hex'),
          id: message.mediaId,
          ...(message.type === 'audio' ? { voice: message.voice ?? true } : {}),
        },
      };
  }
}
