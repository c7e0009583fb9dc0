/**
 * What we send to a reporter, and its Graph API form. Limits are WhatsApp's: a reply button title has at
 * most 20 characters, a list row 24 (description 72), a button body 1,024 and any text 4,096.
 */
import type { WhatsAppUser } from './webhook-payload.js';

export interface ReplyButton {
  readonly id: string;
  readonly title: string;
}

export interface ListRow {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export interface ListSection {
  readonly title: string;
  readonly rows: readonly ListRow[];
}

export interface TemplateMessage {
  readonly kind: 'template';
  /** A template approved in the tenant's WhatsApp Business Account; its text must reveal nothing. */
  readonly name: string;
  readonly language: string;
}

export type OutgoingMessage =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'buttons'; readonly text: string; readonly buttons: readonly ReplyButton[] }
  | { readonly kind: 'list'; readonly text: string; readonly button: string; readonly sections: readonly ListSection[] }
  | TemplateMessage;

export const LIMITS = {
  text: 4096,
  buttonBody: 1024,
  buttons: 3,
  buttonTitle: 20,
  listButton: 20,
  listRows: 10,
  rowTitle: 24,
  rowDescription: 72,
  sectionTitle: 24,
} as const;

/** Meta refuses free-form messages more than 24 h after the reporter's last message. */
export const SERVICE_WINDOW_MS = 24 * 3_600_000;

/** The approved text of the notice template: no report words, nothing a shared phone's reader could learn from. */
export const NOTICE_TEMPLATE_TEXT = 'Ada pembaruan dari layanan kami. Balas pesan ini untuk melanjutkan.';

/** The template every tenant registers for later notices (its text: NOTICE_TEMPLATE_TEXT). */
export const DEFAULT_NOTICE_TEMPLATE: TemplateMessage = { kind: 'template', name: 'lapor_aman_pembaruan', language: 'id' };

export function withinServiceWindow(lastInboundAt: Date | undefined, now: Date): boolean {
  return lastInboundAt !== undefined && now.getTime() - lastInboundAt.getTime() < SERVICE_WINDOW_MS;
}

/**
 * A notice to a reporter (e.g. "your case is being handled"): free-form only inside the 24-hour window,
 * otherwise the content-free template, which invites the reporter to reply and so reopens the window.
 */
export function chooseNotice(
  lastInboundAt: Date | undefined,
  now: Date,
  freeForm: OutgoingMessage,
  template: TemplateMessage = DEFAULT_NOTICE_TEMPLATE,
): OutgoingMessage {
  return withinServiceWindow(lastInboundAt, now) ? freeForm : template;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Where a reply goes in the Graph API: `to` the phone number when the reporter's message gave one, else
 * `recipient` the BSUID (Meta's business-scoped user ids; one field only, so the address used is explicit).
 */
export function recipientOf(to: WhatsAppUser): { to: string } | { recipient: string } {
  return to.phone ? { to: to.phone } : { recipient: to.userId ?? '' };
}

/** The JSON body of `POST /{version}/{phone-number-id}/messages`. */
export function toGraphMessage(to: WhatsAppUser, message: OutgoingMessage): Record<string, unknown> {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', ...recipientOf(to) };
  switch (message.kind) {
    case 'text':
      return { ...base, type: 'text', text: { body: clip(message.text, LIMITS.text), preview_url: false } };
    case 'buttons':
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: clip(message.text, LIMITS.buttonBody) },
          action: {
            buttons: message.buttons.slice(0, LIMITS.buttons).map((b) => ({
              type: 'reply',
              reply: { id: b.id, title: clip(b.title, LIMITS.buttonTitle) },
            })),
          },
        },
      };
    case 'list':
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: clip(message.text, LIMITS.text) },
          action: {
            button: clip(message.button, LIMITS.listButton),
            sections: message.sections.map((section) => ({
              title: clip(section.title, LIMITS.sectionTitle),
              rows: section.rows.map((row) => ({
                id: row.id,
                title: clip(row.title, LIMITS.rowTitle),
                ...(row.description ? { description: clip(row.description, LIMITS.rowDescription) } : {}),
              })),
            })),
          },
        },
      };
    case 'template':
      return { ...base, type: 'template', template: { name: message.name, language: { code: message.language } } };
  }
}
