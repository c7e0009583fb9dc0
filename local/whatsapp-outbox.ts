/**
 * Local stand-ins for the Graph API. Replies land in an in-memory outbox (and one console line each) that
 * the simulator reads over `/_local/whatsapp/outbox`; they are never written to the table, where a
 * reporter's number and words would sit in plaintext. Media "downloads" return small placeholder files.
 */
import { type OutgoingMessage, recipientOf } from '#shared/channels/whatsapp/outgoing-message.js';
import {
  type DownloadedMedia,
  MediaUnavailableError,
  WhatsAppApiError,
  type WhatsAppMediaSource,
  type WhatsAppSender,
} from '#shared/channels/whatsapp/ports.js';
import type { WhatsAppUser } from '#shared/channels/whatsapp/webhook-payload.js';
import type { Tenant } from '#shared/tenancy/tenant.js';

export interface LocalWhatsAppReply {
  readonly seq: number;
  readonly tenantId: string;
  /** The number or BSUID the reply went to. */
  readonly to: string;
  /** How the Graph API request addressed it: `to` a number, or `recipient` a BSUID. */
  readonly address: { readonly to: string } | { readonly recipient: string };
  readonly message: OutgoingMessage;
  readonly sentAt: string;
}

const KEEP = 2_000;

export class LocalWhatsAppOutbox implements WhatsAppSender {
  private readonly replies: LocalWhatsAppReply[] = [];
  private seq = 0;
  private failures = 0;

  constructor(private readonly print: (line: string) => void) {}

  async send(tenant: Tenant, user: WhatsAppUser, message: OutgoingMessage): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new WhatsAppApiError(503, undefined);
    }
    this.seq++;
    const address = recipientOf(user);
    const to = 'to' in address ? address.to : address.recipient;
    this.replies.push({ seq: this.seq, tenantId: tenant.id, to, address, message, sentAt: new Date().toISOString() });
    if (this.replies.length > KEEP) this.replies.shift();
    // Never the number or the words: a console is a log too.
    this.print(`[whatsapp ${tenant.id} → reporter] ${message.kind} #${this.seq}`);
  }

  /** Replies to one number or BSUID after a sequence number (the simulator polls with the last one it saw). */
  repliesTo(to: string, after = 0): LocalWhatsAppReply[] {
    return this.replies.filter((reply) => reply.to === to && reply.seq > after);
  }

  /** Makes the next `count` sends fail as if the Graph API were down (tests of the retry path). */
  failNext(count: number): void {
    this.failures = count;
  }
}

/** Any media id downloads as a tiny placeholder of its kind; ids starting with `gone` are expired. */
export class LocalWhatsAppMediaSource implements WhatsAppMediaSource {
  private readonly files = new Map<string, DownloadedMedia>();

  /** What Meta will answer for this media id (tests, the simulator): a real photo, voice note or document. */
  provide(mediaId: string, file: DownloadedMedia): void {
    this.files.set(mediaId, file);
  }

  async download(_tenant: Tenant, mediaId: string): Promise<DownloadedMedia> {
    if (mediaId.startsWith('gone')) throw new MediaUnavailableError('not-found');
    return this.files.get(mediaId) ?? { contentType: 'application/octet-stream', bytes: Buffer.from(`local placeholder for media ${mediaId}`) };
  }
}
