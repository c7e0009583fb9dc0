/**
 * The WhatsApp webhook use cases: Meta's verification handshake (GET) and a signed notification (POST).
 * A POST is authenticated over its exact bytes before anything in it is acted on; the tenant comes only
 * from the signed payload's business phone-number id.
 */
import {
  AppError,
  InvalidSignatureError,
  MalformedBodyError,
  ServiceUnavailableError,
  TooManyRequestsError,
  WebhookVerificationError,
} from '../../errors.js';
import type { Tenant } from '../../tenancy/tenant.js';
import type { TenantRegistry } from '../../tenancy/tenant-registry.js';
import { parseOrThrow } from '../../validation.js';
import {
  handleInboundMessage,
  type InboundMessageDependencies,
  type MessageOutcome,
  messageMarkerKey,
} from './handle-inbound-message.js';
import type { WhatsAppNumberDirectory } from './ports.js';
import { bothLanguages, tenantHotline } from './prompts.js';
import { deliverReplies } from './reply-delivery.js';
import { TEXTS } from './texts.js';
import { isValidWebhookSignature, secretsEqual } from './webhook-signature.js';
import { type InboundMessage, phoneNumberIdsIn, readWebhookBatch, WebhookEnvelope } from './webhook-payload.js';

export interface WhatsAppWebhookDependencies extends InboundMessageDependencies {
  readonly tenants: TenantRegistry;
  readonly numbers: WhatsAppNumberDirectory;
}

export interface VerificationQuery {
  readonly 'hub.mode'?: string;
  readonly 'hub.verify_token'?: string;
  readonly 'hub.challenge'?: string;
}

const CHALLENGE = /^[A-Za-z0-9._-]{1,256}$/;
/** A real notification names one business number; a body naming more is not Meta's and costs no lookup. */
export const MAX_NUMBERS_PER_BODY = 5;

/** GET handshake: echoes `hub.challenge` only for `subscribe` with our verify token. */
export async function verifySubscription(
  deps: Pick<WhatsAppWebhookDependencies, 'secrets'>,
  query: VerificationQuery,
): Promise<string> {
  const challenge = query['hub.challenge'] ?? '';
  const token = query['hub.verify_token'] ?? '';
  const expected = await deps.secrets.verifyToken();
  if (query['hub.mode'] !== 'subscribe' || !CHALLENGE.test(challenge) || !secretsEqual(token, expected)) {
    throw new WebhookVerificationError();
  }
  return challenge;
}

/** `not-processed`: refused by the use case; the reporter was pointed to the hotline and the message closed. */
export type WebhookOutcome = MessageOutcome | 'unknown-number' | 'not-processed';

export interface WebhookSummary {
  readonly messages: number;
  readonly outcomes: Readonly<Record<WebhookOutcome, number>>;
  readonly statuses: number;
  /** Messages that named no sender (no usable number, no BSUID): logged, counted, alarmed on, never answered. */
  readonly unattributed: number;
}

export async function receiveWhatsAppWebhook(
  deps: WhatsAppWebhookDependencies,
  request: { readonly rawBody: Buffer; readonly signature: string | undefined },
): Promise<WebhookSummary> {
  const untrusted = parseJsonOrUndefined(request.rawBody);
  const phoneNumberIds = phoneNumberIdsIn(untrusted);
  // Before any lookup: an unsigned body must not buy a database read for every number it names.
  if (phoneNumberIds.length > MAX_NUMBERS_PER_BODY) throw new InvalidSignatureError();
  const tenantsByNumber = await resolveTenants(deps, phoneNumberIds);
  await requireValidSignature(deps, request, [...tenantsByNumber.values()]);
  if (untrusted === undefined) throw new MalformedBodyError();

  const batch = readWebhookBatch(parseOrThrow(WebhookEnvelope, untrusted));
  const outcomes = { processed: 0, duplicate: 0, ignored: 0, 'unknown-number': 0, 'not-processed': 0 };
  for (const notice of batch.statuses) {
    // Delivery receipts change nothing; failures are worth a line (code only, never the recipient).
    if (notice.status === 'failed') deps.logger.warn('whatsapp delivery failed', { codes: notice.errorCodes });
  }
  if (batch.skippedChanges + batch.skippedMessages > 0) {
    deps.logger.info('whatsapp webhook parts skipped', { changes: batch.skippedChanges, messages: batch.skippedMessages });
  }
  if (batch.unattributed > 0) {
    // Someone wrote and cannot be answered: never silent (the handler publishes the count, an alarm watches it).
    deps.logger.warn('whatsapp message without a sender', {
      count: batch.unattributed,
      phoneNumberIds: [...tenantsByNumber.keys()],
    });
  }
  for (const message of batch.messages) {
    const tenant = tenantsByNumber.get(message.phoneNumberId);
    if (!tenant) {
      outcomes['unknown-number']++;
      deps.logger.warn('whatsapp message for an unknown number', { phoneNumberId: message.phoneNumberId, type: message.type });
      continue;
    }
    outcomes[await processMessage(deps, tenant, message)]++;
  }
  return { messages: batch.messages.length, outcomes, statuses: batch.statuses.length, unattributed: batch.unattributed };
}

/**
 * A message that cannot be processed is never the caller's fault once the signature holds. What may pass
 * (an outage, a rate limit, anything unexpected) answers 503, so Meta redelivers rather than drops it. A
 * refusal of the use case (4xx) would fail the same way on every redelivery for days: the reporter is
 * pointed to the hotline instead, and the message is closed.
 */
async function processMessage(
  deps: WhatsAppWebhookDependencies,
  tenant: Tenant,
  message: InboundMessage,
): Promise<WebhookOutcome> {
  try {
    return await handleInboundMessage(deps, tenant, message);
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    deps.logger.error('whatsapp message not processed', { tenant: tenant.id, type: message.type, code: error.code });
    if (error instanceof TooManyRequestsError) throw new ServiceUnavailableError({ cause: error });
    return answerUnprocessable(deps, tenant, message);
  }
}

/**
 * Sends the neutral hotline reply, then marks the message done so a redelivery is a duplicate. A failed
 * send releases the marker and throws: Meta's redelivery tries again (the reply is the only trace it leaves).
 */
async function answerUnprocessable(
  deps: WhatsAppWebhookDependencies,
  tenant: Tenant,
  message: InboundMessage,
): Promise<WebhookOutcome> {
  const key = messageMarkerKey(await deps.secrets.blindIndexKey(), tenant, message);
  const claim = await deps.conversations.claimMessage(tenant.id, key, deps.clock.now());
  if (claim === 'duplicate') return 'duplicate';
  if (claim === 'busy') throw new ServiceUnavailableError();
  try {
    // Both languages: the reporter's choice is inside the sealed draft, which is not opened for this.
    const reply = bothLanguages(TEXTS.notProcessed(tenantHotline(tenant)));
    const delivered = await deliverReplies(deps.sender, tenant, message.sender, [reply], {
      lastInboundAt: message.sentAt,
      now: deps.clock.now(),
    });
    if (delivered.error) throw delivered.error;
    await deps.conversations.finishMessage(tenant.id, key, deps.clock.now());
    return 'not-processed';
  } catch (error) {
    await deps.conversations.releaseMessage(tenant.id, key).catch(() => undefined);
    throw error;
  }
}

/**
 * The body is signed with the app secret of the Meta app that owns its numbers: the tenant's own app
 * secret when configured, else the deployment's. A body naming numbers of two different apps is refused.
 */
async function requireValidSignature(
  deps: WhatsAppWebhookDependencies,
  request: { readonly rawBody: Buffer; readonly signature: string | undefined },
  tenants: readonly (Tenant | undefined)[],
): Promise<void> {
  const owners = tenants.length > 0 ? tenants : [undefined];
  const secrets = new Set(await Promise.all(owners.map((tenant) => deps.secrets.appSecret(tenant))));
  const [secret] = secrets;
  if (secrets.size !== 1 || secret === undefined || !isValidWebhookSignature(request.rawBody, request.signature, secret)) {
    throw new InvalidSignatureError();
  }
}

/** Phone-number id -> tenant (undefined when no tenant has that number). */
async function resolveTenants(
  deps: WhatsAppWebhookDependencies,
  phoneNumberIds: readonly string[],
): Promise<Map<string, Tenant | undefined>> {
  const found = new Map<string, Tenant | undefined>();
  for (const phoneNumberId of phoneNumberIds) {
    const tenantId = await deps.numbers.findTenantId(phoneNumberId);
    const tenant = tenantId ? await deps.tenants.find(tenantId) : undefined;
    found.set(phoneNumberId, tenant?.whatsapp?.phoneNumberId === phoneNumberId ? tenant : undefined);
  }
  return found;
}

function parseJsonOrUndefined(rawBody: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(rawBody));
  } catch {
    return undefined;
  }
}
