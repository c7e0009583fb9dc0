/**
 * One inbound WhatsApp message, exactly once: claim its marker, download its file, run the conversation
 * step, store the new state and the replies it owes in ONE conditional write, then send the replies.
 *
 * Failure rules: anything that fails before the state is stored leaves the marker released and throws, so
 * the webhook answers non-200 and Meta redelivers. A reply that fails after the state is stored stays owed
 * in the conversation (sealed) and is sent by the redelivery of this message or by the reporter's next one;
 * the report itself was stored before any reply was attempted.
 */
import { blindIndex } from '../../crypto/blind-index.js';
import { EnvelopeError } from '../../crypto/envelope.js';
import { InvalidInputError, ReportNotFoundError, ServiceUnavailableError, TooManyRequestsError } from '../../errors.js';
import { checkReportStatus } from '../../intake/check-report-status.js';
import { type IntakeDependencies, submitReport } from '../../intake/submit-report.js';
import type { MediaStore } from '../../media/media-store.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { identityKeys, resolveConversation, saveAliases } from './conversation-key.js';
import { runConversationStep, type StepActions, type StepContext, type StepInput } from './conversation-step.js';
import type { OutgoingMessage } from './outgoing-message.js';
import {
  type ConversationRecord,
  type ConversationStore,
  MediaUnavailableError,
  type WhatsAppMediaSource,
  type WhatsAppSecrets,
  type WhatsAppSender,
} from './ports.js';
import { bothLanguages } from './prompts.js';
import { deliverReplies } from './reply-delivery.js';
import { answerOnCaseThread, type ReporterLineStore, recordReporterLine } from './reporter-line.js';
import { additionDetails, additionIdentity, toReportSubmission } from './report-mapping.js';
import { readStoredDraft, type StoredDraft, storedDraft } from './stored-draft.js';
import { TEXTS } from './texts.js';
import type { InboundContent, InboundMessage, WhatsAppUser } from './webhook-payload.js';

type ReadableContent = Exclude<InboundContent, { kind: 'ignored' }>;

export interface InboundMessageDependencies extends IntakeDependencies {
  readonly conversations: ConversationStore;
  readonly sender: WhatsAppSender;
  readonly mediaSource: WhatsAppMediaSource;
  readonly media: MediaStore;
  readonly secrets: WhatsAppSecrets;
  /** Each case's line back to its reporter (staff messages, the reporter's answers). */
  readonly lines: ReporterLineStore;
}

export type MessageOutcome = 'processed' | 'duplicate' | 'ignored';

/** A conversation lives 24 hours after the reporter's last message. */
export const CONVERSATION_TTL_SECONDS = 24 * 3600;
/** Concurrent messages of one reporter (several photos at once) retry on a version conflict. */
const MAX_ATTEMPTS = 6;
/** Enough to recognise a redelivery of any message still being retried by Meta. */
const APPLIED_MESSAGES_KEPT = 30;

/** The digest under which a message's processing is claimed and marked done (never the message id itself). */
export function messageMarkerKey(blindKey: Buffer, tenant: Tenant, message: InboundMessage): string {
  return blindIndex(blindKey, 'wa-message', tenant.id, message.messageId);
}

export async function handleInboundMessage(
  deps: InboundMessageDependencies,
  tenant: Tenant,
  message: InboundMessage,
): Promise<MessageOutcome> {
  const { content } = message;
  if (content.kind === 'ignored') {
    deps.logger.info('whatsapp message ignored', { tenant: tenant.id, type: message.type });
    return 'ignored';
  }
  const blindKey = await deps.secrets.blindIndexKey();
  const keys: MessageKeys = {
    identities: identityKeys(blindKey, tenant.id, message.sender),
    message: messageMarkerKey(blindKey, tenant, message),
    applied: appliedKey(blindKey, tenant, message.messageId),
    edited: content.kind === 'edit' ? appliedKey(blindKey, tenant, content.originalMessageId) : undefined,
  };
  const now = deps.clock.now();
  const claim = await deps.conversations.claimMessage(tenant.id, keys.message, now);
  if (claim === 'duplicate') return 'duplicate';
  // Another delivery of this message is being processed: Meta retries us later, when it is done (or abandoned).
  if (claim === 'busy') throw new ServiceUnavailableError();
  try {
    await applyMessage(deps, tenant, message, content, keys, now);
    await deps.conversations.finishMessage(tenant.id, keys.message, deps.clock.now());
    return 'processed';
  } catch (error) {
    await deps.conversations.releaseMessage(tenant.id, keys.message).catch(() => undefined);
    throw error;
  }
}

interface MessageKeys {
  /** Blind indexes of the sender's number and BSUID (conversation-key.ts). */
  readonly identities: readonly string[];
  readonly message: string;
  readonly applied: string;
  /** For an edit: the applied key of the message it changes. */
  readonly edited?: string;
}

/**
 * The digest under which the conversation remembers a message (applied, and the words it gave): its own
 * digest, so the conversation's list of applied messages cannot be linked to the markers.
 */
function appliedKey(blindKey: Buffer, tenant: Tenant, messageId: string): string {
  return blindIndex(blindKey, 'wa-message', tenant.id, messageId, 'applied').slice(0, 32);
}

async function applyMessage(
  deps: InboundMessageDependencies,
  tenant: Tenant,
  message: InboundMessage,
  content: ReadableContent,
  keys: MessageKeys,
  now: Date,
): Promise<void> {
  const applied = keys.applied;
  const expiresAt = Math.floor(now.getTime() / 1000) + CONVERSATION_TTL_SECONDS;
  let input: StepInput | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const resolved = await resolveConversation(deps.conversations, tenant.id, keys.identities, now, expiresAt);
    const { senderKey, record } = resolved;
    const live = record && record.expiresAt * 1000 > now.getTime() ? record : undefined;
    const opened = live ? await openConversation(deps, tenant.id, live) : undefined;
    const draft = opened === 'unreadable' ? undefined : opened;
    // The replies of the message that produced the stored state; `outboxSent` of them were delivered.
    const owed = live && draft ? draft.outbox.slice(live.outboxSent) : [];

    if (live?.appliedMessages.includes(applied)) {
      // A redelivery of a message whose state change is stored: only its replies may still be owed.
      await sendOwed(deps, tenant, live, message.sender, owed, now);
      return;
    }

    // A reporter answering staff (not in the middle of a new report): the words go to their case.
    const between = !live || draft?.conversation.step === 'done';
    if (content.kind === 'text' && between && (await answerStaff(deps, tenant, message, content.text, keys))) return;

    input ??= await resolveInput(deps, tenant, message.type, content, keys);
    const ctx: StepContext = {
      tenant,
      now,
      phone: message.sender.phone,
      newConversationId: () => deps.ids.newId(),
      actions: stepActions(deps, tenant, message),
    };
    const outcome = await runConversationStep(ctx, draft?.conversation, input);
    const restarted = opened === 'unreadable' ? [bothLanguages(TEXTS.draftRestarted)] : [];
    const replies = [...owed, ...restarted, ...outcome.replies];

    if (outcome.conversation === null) {
      if (record && !(await deps.conversations.deleteConversation(tenant.id, senderKey, record.version))) continue;
      // Nothing is stored to retry from: a failed send throws, and Meta's redelivery answers again.
      const delivered = await deliverReplies(deps.sender, tenant, message.sender, replies, { lastInboundAt: message.sentAt, now });
      if (delivered.error) throw delivered.error;
      logStep(deps, tenant, message, 'deleted');
      return;
    }

    const lastInboundAt = new Date(Math.max(message.sentAt.getTime(), live ? Date.parse(live.lastInboundAt) : 0));
    const next: ConversationRecord = {
      tenantId: tenant.id,
      senderKey,
      conversationId: outcome.conversation.conversationId,
      version: (record?.version ?? 0) + 1,
      expiresAt,
      lastInboundAt: lastInboundAt.toISOString(),
      appliedMessages: [applied, ...(live?.appliedMessages ?? [])].slice(0, APPLIED_MESSAGES_KEPT),
      outboxId: applied,
      outboxSent: 0,
      sealed: await deps.vault.seal(
        draftContext(tenant.id, outcome.conversation.conversationId),
        storedDraft(outcome.conversation, replies),
      ),
    };
    // Before the save: once the conversation holds this message, each identity already leads to it.
    await saveAliases(deps.conversations, tenant.id, resolved, expiresAt);
    if (!(await deps.conversations.saveConversation(next, record?.version))) continue;
    logStep(deps, tenant, message, outcome.conversation.step, outcome.conversation.conversationId);
    await sendOwed(deps, tenant, next, message.sender, replies, now);
    return;
  }
  throw new ServiceUnavailableError();
}

/** Sends what the stored conversation owes and records how much went out; throws if some is still owed. */
async function sendOwed(
  deps: InboundMessageDependencies,
  tenant: Tenant,
  record: ConversationRecord,
  to: WhatsAppUser,
  owed: readonly OutgoingMessage[],
  now: Date,
): Promise<void> {
  if (owed.length === 0) return;
  const delivered = await deliverReplies(deps.sender, tenant, to, owed, {
    lastInboundAt: new Date(record.lastInboundAt),
    now,
  });
  if (delivered.sent > 0) {
    await deps.conversations.markRepliesSent(tenant.id, record.senderKey, record.outboxId, record.outboxSent + delivered.sent);
  }
  if (delivered.error) {
    deps.logger.warn('whatsapp reply left owed', {
      tenant: tenant.id,
      conversationId: record.conversationId,
      owed: owed.length - delivered.sent,
      errorName: delivered.error instanceof Error ? delivered.error.name : 'unknown',
    });
    throw delivered.error;
  }
}

/**
 * What the step reads. Words carry the digest of their message, so that a later edit of it finds them; files
 * are fetched now (Meta's media ids expire) and kept only encrypted; the conversation keeps the reference.
 */
async function resolveInput(
  deps: InboundMessageDependencies,
  tenant: Tenant,
  type: string,
  content: ReadableContent,
  keys: MessageKeys,
): Promise<StepInput> {
  if (content.kind === 'text') return { ...content, source: keys.applied };
  if (content.kind === 'edit') return { kind: 'edit', target: keys.edited ?? '', text: content.text, source: keys.applied };
  if (content.kind !== 'media') return content;
  try {
    const file = await deps.mediaSource.download(tenant, content.mediaId);
    const stored = await deps.media.put({
      tenantId: tenant.id,
      // Derived from the message: a redelivery overwrites the same object instead of leaving an orphan.
      objectId: `wa-${keys.message.slice(0, 40)}`,
      contentType: file.contentType,
      bytes: file.bytes,
    });
    const voice = content.media === 'audio' && content.voice !== undefined ? { voice: content.voice } : {};
    return { kind: 'media', note: { ...stored, kind: content.media, ...voice }, caption: content.caption, source: keys.applied };
  } catch (error) {
    if (!(error instanceof MediaUnavailableError)) throw error;
    deps.logger.warn('whatsapp media unavailable', { tenant: tenant.id, type, reason: error.reason });
    return { kind: 'media-failed' };
  }
}

function stepActions(deps: InboundMessageDependencies, tenant: Tenant, message: InboundMessage): StepActions {
  return {
    submit: async (conversation) => {
      const receipt = await submitReport(deps, tenant, toReportSubmission(conversation), { media: conversation.media, conversation: true });
      // From now on staff can write to this chat without ever seeing the number.
      const identities = identityKeys(await deps.secrets.blindIndexKey(), tenant.id, message.sender);
      await recordReporterLine(deps, tenant, receipt.caseId, message.sender, identities, message.sentAt);
      return receipt;
    },
    attach: async (conversation, addition) => {
      const caseRef = conversation.caseRef;
      if (!caseRef) throw new Error('no case to attach to');
      const context = { tenant: tenant.id, caseId: caseRef.caseId } as const;
      const withIdentity = addition.withIdentity && conversation.anonymous === false;
      await deps.conversations.appendCaseAddendum(tenant.id, caseRef.caseId, {
        id: addition.id,
        at: deps.clock.now().toISOString(),
        details: await deps.vault.seal({ ...context, purpose: 'details' }, additionDetails(conversation, addition)),
        identity: withIdentity
          ? await deps.vault.seal({ ...context, purpose: 'identity' }, additionIdentity(conversation))
          : undefined,
      });
    },
    sendNow: async (replies) => {
      const window = { lastInboundAt: message.sentAt, now: deps.clock.now() };
      const delivered = await deliverReplies(deps.sender, tenant, message.sender, replies, window);
      if (delivered.error) deps.logger.warn('whatsapp urgent reply failed', { tenant: tenant.id });
    },
    checkStatus: async (reference, trackingCode) => {
      try {
        return await checkReportStatus(deps, tenant, { reference, trackingCode });
      } catch (error) {
        // A locked reference answers like a wrong code (the lockout must not tell that the report exists).
        if (error instanceof ReportNotFoundError || error instanceof InvalidInputError || error instanceof TooManyRequestsError) {
          return undefined;
        }
        throw error;
      }
    },
  };
}

function answerStaff(
  deps: InboundMessageDependencies,
  tenant: Tenant,
  message: InboundMessage,
  text: string,
  keys: MessageKeys,
): Promise<boolean> {
  const answer = { text, sentAt: message.sentAt, changeKey: keys.applied };
  return answerOnCaseThread(deps, tenant, message.sender, answer, keys.identities);
}

function draftContext(tenantId: string, conversationId: string) {
  return { tenant: tenantId, caseId: conversationId, purpose: 'draft' } as const;
}

/**
 * The stored draft, migrated if an earlier version wrote it. One that cannot be opened (its key is gone) or
 * read (a shape no version knows) is `unreadable`: the reporter is told and starts again, never a 5xx.
 */
async function openConversation(
  deps: InboundMessageDependencies,
  tenantId: string,
  record: ConversationRecord,
): Promise<StoredDraft | 'unreadable'> {
  const log = { tenant: tenantId, conversationId: record.conversationId };
  let sealed: unknown;
  try {
    sealed = await deps.vault.open<unknown>(draftContext(tenantId, record.conversationId), record.sealed);
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
    deps.logger.warn('whatsapp draft unreadable, starting again', { ...log, reason: 'envelope' });
    return 'unreadable';
  }
  const reading = readStoredDraft(sealed);
  if (reading.kind === 'unreadable') {
    deps.logger.warn('whatsapp draft unreadable, starting again', { ...log, reason: 'shape' });
    return 'unreadable';
  }
  if (reading.kind === 'migrated') deps.logger.info('whatsapp draft migrated', log);
  return reading.draft;
}

function logStep(
  deps: InboundMessageDependencies,
  tenant: Tenant,
  message: InboundMessage,
  step: string,
  conversationId?: string,
): void {
  deps.logger.info('whatsapp message processed', { tenant: tenant.id, type: message.type, step, conversationId });
}
