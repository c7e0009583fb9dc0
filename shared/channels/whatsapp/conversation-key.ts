/**
 * One conversation per person, however WhatsApp names them: by phone number, by business-scoped user id
 * (BSUID, WhatsApp usernames), or both. Each identity has its own blind index; the conversation is keyed by
 * one of them, and an alias item leads each other identity to it. So a reporter who writes with both, or
 * whose number later disappears from the webhook (Meta drops it for usernames), stays in the same
 * conversation and so with the same case.
 */
import { blindIndex } from '../../crypto/blind-index.js';
import type { ConversationRecord, ConversationStore } from './ports.js';
import type { WhatsAppUser } from './webhook-payload.js';

/** An alias outlives its conversation by a day, so it is refreshed at most once a day while the reporter writes. */
const ALIAS_SLACK_SECONDS = 24 * 3600;

export interface ResolvedConversation {
  /** The key of the reporter's conversation item. */
  readonly senderKey: string;
  readonly record?: ConversationRecord;
  /** Aliases to write (or refresh) before the conversation is saved under `senderKey`. */
  readonly aliases: readonly string[];
}

/**
 * The blind indexes of a sender's identities, the phone number's first. A number's is what it always was
 * (`+` and digits), so conversations started before BSUIDs existed are found; a BSUID's is kept apart by
 * its prefix.
 */
export function identityKeys(blindKey: Buffer, tenantId: string, sender: WhatsAppUser): string[] {
  return [
    ...(sender.phone ? [blindIndex(blindKey, 'wa-conversation', tenantId, `+${sender.phone}`)] : []),
    ...(sender.userId ? [blindIndex(blindKey, 'wa-conversation', tenantId, `bsuid:${sender.userId}`)] : []),
  ];
}

/**
 * Finds the conversation of these identities. When they lead to two different conversations (the person
 * wrote by number only, then by BSUID only, now with both), the live one with the latest message wins,
 * else the number's; the other identity is then aliased to it. `expiresAt`: the conversation's new expiry.
 */
export async function resolveConversation(
  store: ConversationStore,
  tenantId: string,
  identities: readonly string[],
  now: Date,
  expiresAt: number,
): Promise<ResolvedConversation> {
  const aliases = await store.findAliases(tenantId, identities);
  const target = (identity: string) => aliases.get(identity)?.conversationKey ?? identity;
  const candidates = [...new Set(identities.map(target))];
  const records = await Promise.all(candidates.map((key) => store.findConversation(tenantId, key)));
  const live = (record: ConversationRecord | undefined) => record !== undefined && record.expiresAt * 1000 > now.getTime();
  const latest = records
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => live(record))
    .sort((a, b) => Date.parse(b.record?.lastInboundAt ?? '') - Date.parse(a.record?.lastInboundAt ?? ''))[0];
  const chosen = latest?.index ?? 0;
  const senderKey = candidates[chosen] ?? '';
  const stale = (identity: string) => {
    if (identity === senderKey) return false;
    const alias = aliases.get(identity);
    return alias?.conversationKey !== senderKey || alias.expiresAt < expiresAt;
  };
  return { senderKey, record: records[chosen], aliases: identities.filter(stale) };
}

/** Writes the aliases a resolution asked for, outliving the conversation they lead to. */
export async function saveAliases(
  store: ConversationStore,
  tenantId: string,
  resolved: ResolvedConversation,
  expiresAt: number,
): Promise<void> {
  const alias = { conversationKey: resolved.senderKey, expiresAt: expiresAt + ALIAS_SLACK_SECONDS };
  await Promise.all(resolved.aliases.map((identity) => store.saveAlias(tenantId, identity, alias)));
}
