/** What the WhatsApp channel needs from the outside world. Cloud adapters: DynamoDB, Graph API, Secrets Manager. */
import type { SealedEnvelope } from '../../crypto/envelope.js';
import type { Tenant } from '../../tenancy/tenant.js';
import type { OutgoingMessage } from './outgoing-message.js';
import type { WhatsAppUser } from './webhook-payload.js';

/** The stored conversation: plaintext only what storage needs; everything else inside `sealed`. */
export interface ConversationRecord {
  readonly tenantId: string;
  /** Blind index of tenant + the number or BSUID it was started with: the key, never the number. */
  readonly senderKey: string;
  /** Opens `sealed` (its encryption context); a ULID, nothing personal. */
  readonly conversationId: string;
  readonly version: number;
  /** Epoch seconds: 24 h after the last message (DynamoDB TTL). */
  readonly expiresAt: number;
  /** When the reporter last wrote: decides free-form reply or template. */
  readonly lastInboundAt: string;
  /** Keys of the latest messages already applied, so a redelivered one never changes the state twice. */
  readonly appliedMessages: readonly string[];
  /** The replies of `outboxId` (inside `sealed`) that were delivered; the rest are owed. */
  readonly outboxId: string;
  readonly outboxSent: number;
  readonly sealed: SealedEnvelope;
}

export type MessageClaim = 'claimed' | 'duplicate' | 'busy';

/** An identity of a reporter (blind index) that belongs to a conversation keyed by another of theirs. */
export interface ConversationAlias {
  readonly conversationKey: string;
  /** Epoch seconds (DynamoDB TTL). */
  readonly expiresAt: number;
}

/** Something the conversation adds to its case after submission: sealed like the case's own parts. */
export interface CaseAddendum {
  readonly id: string;
  readonly at: string;
  readonly details: SealedEnvelope;
  /** Only when the case was created anonymous and the reporter then chose to be contactable. */
  readonly identity?: SealedEnvelope;
}

export interface ConversationStore {
  /** Conditional put of the message marker; a failed or abandoned claim can be taken over. */
  claimMessage(tenantId: string, messageKey: string, now: Date): Promise<MessageClaim>;
  finishMessage(tenantId: string, messageKey: string, now: Date): Promise<void>;
  /** Lets Meta's redelivery process the message again. */
  releaseMessage(tenantId: string, messageKey: string): Promise<void>;
  findConversation(tenantId: string, senderKey: string): Promise<ConversationRecord | undefined>;
  /** The aliases of these identities (blind indexes) that exist; an identity without one is its own key. */
  findAliases(tenantId: string, identityKeys: readonly string[]): Promise<ReadonlyMap<string, ConversationAlias>>;
  /** Points an identity at a conversation key (a plain put: the same person's messages agree on the key). */
  saveAlias(tenantId: string, identityKey: string, alias: ConversationAlias): Promise<void>;
  /** One conditional put: `false` when someone else wrote since `expectedVersion` (undefined = must not exist). */
  saveConversation(record: ConversationRecord, expectedVersion: number | undefined): Promise<boolean>;
  deleteConversation(tenantId: string, senderKey: string, expectedVersion: number): Promise<boolean>;
  markRepliesSent(tenantId: string, senderKey: string, outboxId: string, sent: number): Promise<void>;
  /** One conditional update of the case; attaching the same addendum id twice is a no-op. */
  appendCaseAddendum(tenantId: string, caseId: string, addendum: CaseAddendum): Promise<void>;
}

/** Which tenant owns a WhatsApp business phone number (the only way a webhook finds its tenant). */
export interface WhatsAppNumberDirectory {
  findTenantId(phoneNumberId: string): Promise<string | undefined>;
}

export interface WhatsAppSender {
  /** Throws `WhatsAppApiError` (or a network error) when the message was not accepted. */
  send(tenant: Tenant, to: WhatsAppUser, message: OutgoingMessage): Promise<void>;
}

export interface DownloadedMedia {
  readonly contentType: string;
  readonly bytes: Buffer;
}

export interface WhatsAppMediaSource {
  /** Throws `MediaUnavailableError` when the file can never be fetched (gone, too large, corrupt). */
  download(tenant: Tenant, mediaId: string): Promise<DownloadedMedia>;
}

/** Secrets are resolved by role; the cloud adapter reads them from Secrets Manager once per container. */
export interface WhatsAppSecrets {
  /** The app secret of the Meta app that owns the tenant's number (the deployment's default without a tenant). */
  appSecret(tenant: Tenant | undefined): Promise<string>;
  verifyToken(): Promise<string>;
  accessToken(tenant: Tenant): Promise<string>;
  blindIndexKey(): Promise<Buffer>;
}

/** The Graph API answered with an error (`code` is Meta's, e.g. 131047 = outside the 24-hour window). */
export class WhatsAppApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    options?: ErrorOptions,
  ) {
    super(`WhatsApp API error ${status}${code === undefined ? '' : ` (code ${code})`}`, options);
    this.name = 'WhatsAppApiError';
  }
}

export class MediaUnavailableError extends Error {
  constructor(readonly reason: 'not-found' | 'too-large' | 'corrupt', options?: ErrorOptions) {
    super(`media unavailable: ${reason}`, options);
    this.name = 'MediaUnavailableError';
  }
}

/** Meta's code for a free-form message after the 24-hour customer service window closed. */
export const OUTSIDE_SERVICE_WINDOW = 131047;
