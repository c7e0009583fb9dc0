/** Talking to the local WhatsApp webhook as Meta does: signed payloads, and a reporter who chats. */
import { readFileSync } from 'node:fs';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { identityKeys, resolveConversation } from '#shared/channels/whatsapp/conversation-key.js';
import { blindIndex } from '#shared/crypto/blind-index.js';
import type { HttpEvent } from '#shared/http/http-types.js';
import type { Clock } from '#shared/intake/ports.js';
import { keys, TTL_ATTRIBUTE } from '#shared/store/table-design.js';
import type { OutgoingMessage } from '#shared/channels/whatsapp/outgoing-message.js';
import {
  messagePayload,
  type SimulatedMessage,
  signedHeaders,
  simulatedMessageId,
} from '#local/whatsapp-payload.js';
import type { LocalWhatsAppReply } from '#local/whatsapp-outbox.js';
import type { TestRuntime } from './local-runtime.js';

const FIXTURES = new URL('../fixtures/whatsapp/', import.meta.url);

/** A fixture from test/fixtures/whatsapp (Meta's published examples), as a fresh object to edit. */
export function whatsappFixture(name: string): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8'));
}

/** Points a fixture at a tenant's number and a reporter; returns the edited copy. */
export function addressFixture(
  fixture: Record<string, any>,
  to: { phoneNumberId: string; from?: string; messageId?: string; timestamp?: Date },
): Record<string, any> {
  const copy = structuredClone(fixture);
  for (const entry of copy.entry) {
    for (const change of entry.changes) {
      const value = change.value;
      value.metadata.phone_number_id = to.phoneNumberId;
      for (const contact of value.contacts ?? []) if (to.from) contact.wa_id = to.from;
      for (const message of value.messages ?? []) {
        if (to.from) message.from = to.from;
        message.id = to.messageId ?? (to.from ? simulatedMessageId(to.from) : message.id);
        message.timestamp = String(Math.floor((to.timestamp ?? new Date()).getTime() / 1000));
      }
    }
  }
  return copy;
}

/** The event API Gateway hands the webhook function for a signed body (base64-encoded, as it may arrive). */
export function webhookEvent(runtime: TestRuntime, body: string, options: { base64?: boolean } = {}): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'POST /webhooks/whatsapp',
    rawPath: '/webhooks/whatsapp',
    rawQueryString: '',
    headers: signedHeaders(body, runtime.whatsapp.appSecret),
    requestContext: { http: { method: 'POST', path: '/webhooks/whatsapp' } } as HttpEvent['requestContext'],
    body: options.base64 ? Buffer.from(body, 'utf8').toString('base64') : body,
    isBase64Encoded: options.base64 === true,
  };
}

export async function postWebhook(
  runtime: TestRuntime,
  body: string,
  headers: Record<string, string> = signedHeaders(body, runtime.whatsapp.appSecret),
): Promise<{ status: number; json: Record<string, any> }> {
  const response = await fetch(`${runtime.url}/webhooks/whatsapp`, { method: 'POST', headers, body });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

/** The text a reporter reads in a reply (a text, or the body of buttons and lists). */
export function textOf(message: OutgoingMessage): string {
  return message.kind === 'template' ? `[template ${message.name}]` : message.text;
}

/** The ids a reporter can tap in a reply. */
export function choicesOf(message: OutgoingMessage): string[] {
  if (message.kind === 'buttons') return message.buttons.map((b) => b.id);
  if (message.kind === 'list') return message.sections.flatMap((s) => s.rows.map((r) => r.id));
  return [];
}

export interface Exchange {
  readonly status: number;
  readonly replies: readonly OutgoingMessage[];
  /** All reply texts joined, for `toContain` checks. */
  readonly text: string;
  readonly messageId: string;
}

/** One reporter chatting with a tenant's number through the real HTTP webhook. */
export class WhatsAppReporter {
  private seen = 0;
  /** Stamps the reporter's messages with this clock's time (tests of WhatsApp's 24-hour window). */
  clock?: Clock;

  constructor(
    private readonly runtime: TestRuntime,
    readonly tenantId: string,
    /** International number, digits only (a WhatsApp id); "" when a WhatsApp username hides it. */
    readonly number: string,
    /** The business-scoped user id (BSUID) Meta sends with each message, if any. */
    readonly userId?: string,
  ) {}

  /** Where replies to this reporter go: the number when messages carry one, else the BSUID. */
  get address(): string {
    return this.number || (this.userId ?? '');
  }

  get phoneNumberId(): string {
    const id = this.runtime.whatsapp.phoneNumberIds[this.tenantId];
    if (!id) throw new Error(`${this.tenantId} has no WhatsApp number`);
    return id;
  }

  say(text: string, options?: { messageId?: string }): Promise<Exchange> {
    return this.send({ type: 'text', text }, options);
  }

  /** Taps a reply button (or picks a list row with `list: true`). */
  tap(id: string, options?: { list?: boolean; messageId?: string }): Promise<Exchange> {
    return this.send({ type: options?.list ? 'list_reply' : 'button_reply', id, title: id }, options);
  }

  async send(message: SimulatedMessage, options?: { messageId?: string }): Promise<Exchange> {
    const messageId = options?.messageId ?? simulatedMessageId(this.address);
    const sender = { phoneNumberId: this.phoneNumberId, from: this.number, userId: this.userId, messageId, timestamp: this.clock?.now() };
    const body = JSON.stringify(messagePayload(sender, message));
    const { status } = await postWebhook(this.runtime, body);
    const replies = this.newReplies().map((r) => r.message);
    return { status, replies, text: replies.map(textOf).join('\n'), messageId };
  }

  /** Replies that arrived since the last look. */
  newReplies(): LocalWhatsAppReply[] {
    const replies = this.runtime.whatsapp.outbox.repliesTo(this.address, this.seen);
    this.seen = replies.at(-1)?.seq ?? this.seen;
    return replies;
  }
}

/** Every way an Indonesian number could be spelled in storage: 62…, +62…, 08…, 8… and 08xx-xxxx-xxxx. */
export function numberSpellings(waId: string): string[] {
  const local = waId.slice(2);
  const national = `0${local}`;
  return [waId, `+${waId}`, national, local, `${national.slice(0, 4)}-${national.slice(4, 8)}-${national.slice(8)}`];
}

async function conversationKey(runtime: TestRuntime, tenantId: string, waId: string) {
  const key = await runtime.whatsapp.deps.secrets.blindIndexKey();
  return keys.whatsappConversation(tenantId, blindIndex(key, 'wa-conversation', tenantId, `+${waId}`));
}

/** The stored conversation item of a reporter (raw, as DynamoDB holds it), or undefined. */
export async function findConversationItem(
  runtime: TestRuntime,
  tenantId: string,
  waId: string,
): Promise<Record<string, unknown> | undefined> {
  const out = await runtime.dynamo.documents.send(
    new GetCommand({ TableName: runtime.tableName, Key: await conversationKey(runtime, tenantId, waId), ConsistentRead: true }),
  );
  return out.Item;
}

/** What a reporter's stored conversation holds (found by number, BSUID or both), opened as the webhook opens it. */
export async function openDraft(runtime: TestRuntime, reporter: WhatsAppReporter): Promise<Record<string, any>> {
  const { deps } = runtime.whatsapp;
  const sender = reporter.userId ? { phone: reporter.number || undefined, userId: reporter.userId } : { phone: reporter.number };
  const identities = identityKeys(await deps.secrets.blindIndexKey(), reporter.tenantId, sender);
  const { record } = await resolveConversation(deps.conversations, reporter.tenantId, identities, new Date(), 0);
  if (!record) throw new Error('no conversation stored');
  const context = { tenant: reporter.tenantId, caseId: record.conversationId, purpose: 'draft' } as const;
  return runtime.deps.vault.open<Record<string, any>>(context, record.sealed);
}

/** Stores a conversation item as an earlier version of the webhook would have (its sealed content as given). */
export async function plantDraft(
  runtime: TestRuntime,
  tenantId: string,
  waId: string,
  content: { readonly conversationId: string; readonly sealed: unknown },
): Promise<void> {
  const now = new Date();
  const context = { tenant: tenantId, caseId: content.conversationId, purpose: 'draft' } as const;
  await runtime.dynamo.documents.send(
    new PutCommand({
      TableName: runtime.tableName,
      Item: {
        ...(await conversationKey(runtime, tenantId, waId)),
        type: 'WhatsAppConversation',
        tenantId,
        [TTL_ATTRIBUTE]: Math.floor(now.getTime() / 1000) + 3600,
        conversationId: content.conversationId,
        version: 1,
        lastInboundAt: now.toISOString(),
        appliedMessages: [],
        outboxId: 'planted',
        outboxSent: 0,
        sealed: await runtime.deps.vault.seal(context, content.sealed),
      },
    }),
  );
}

/** The reference and tracking code in a receipt reply. */
export function receiptIn(text: string): { reference: string; trackingCode: string } {
  const reference = /\*([A-Z]{3}-\d{4}-\d{5,})\*/.exec(text)?.[1];
  const trackingCode = /\*([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\*/.exec(text)?.[1];
  if (!reference || !trackingCode) throw new Error('no receipt in the replies');
  return { reference, trackingCode };
}

/** Greeting to the danger question, with the answers of a typical Blora report; returns the last exchange. */
export async function answerUntilDanger(
  reporter: WhatsAppReporter,
  answers: { readonly narrative?: string; readonly place?: string; readonly relation?: string } = {},
): Promise<Exchange> {
  await reporter.say('halo');
  await reporter.tap('svc:pengaduan_kekerasan');
  await reporter.say(answers.narrative ?? 'Anak tetangga saya sering dipukul ayahnya.');
  await reporter.tap('narr:done');
  await reporter.tap('kec:Cepu', { list: true });
  await reporter.say(answers.place ?? 'Desa Ngloram, dekat balai desa');
  await reporter.tap('when:yesterday', { list: true });
  await reporter.tap('age:anak_6_12', { list: true });
  await reporter.tap('gender:perempuan');
  return reporter.tap(`rel:${answers.relation ?? 'tetangga'}`, { list: true });
}

