/**
 * ConversationStore on DynamoDB. Every change is one conditional write of one item: message markers
 * (dedupe), the sealed conversation (optimistic version), the aliases that lead a reporter's other
 * identity to it, and the addendum a conversation adds to its case (a recorded change in the case's
 * history, shared/store/dynamo-case-history.ts).
 */
import { isConditionFailure } from './condition-failure.js';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type {
  CaseAddendum,
  ConversationAlias,
  ConversationRecord,
  ConversationStore,
  MessageClaim,
} from '../channels/whatsapp/ports.js';
import { DynamoCaseHistory } from './dynamo-case-history.js';
import { keys, TTL_ATTRIBUTE } from './table-design.js';

/** Longer than the function's timeout: a claim older than this was abandoned by a crashed invocation. */
export const MESSAGE_LEASE_MS = 2 * 60_000;
/** Meta redelivers for up to 7 days; the marker outlives that. */
export const MESSAGE_MARKER_TTL_SECONDS = 8 * 24 * 3600;

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export class DynamoConversationStore implements ConversationStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claimMessage(tenantId: string, messageKey: string, now: Date): Promise<MessageClaim> {
    const key = keys.whatsappMessage(tenantId, messageKey);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key,
            type: 'WhatsAppMessage',
            tenantId,
            state: 'processing',
            leaseUntil: new Date(now.getTime() + MESSAGE_LEASE_MS).toISOString(),
            [TTL_ATTRIBUTE]: epochSeconds(now) + MESSAGE_MARKER_TTL_SECONDS,
          },
          ConditionExpression:
            'attribute_not_exists(PK) OR #state = :failed OR (#state = :processing AND #lease < :now)',
          ExpressionAttributeNames: { '#state': 'state', '#lease': 'leaseUntil' },
          ExpressionAttributeValues: { ':failed': 'failed', ':processing': 'processing', ':now': now.toISOString() },
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
      return out.Item?.state === 'done' ? 'duplicate' : 'busy';
    }
  }

  async finishMessage(tenantId: string, messageKey: string, now: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.whatsappMessage(tenantId, messageKey),
        UpdateExpression: 'SET #state = :done, finishedAt = :now REMOVE leaseUntil',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':done': 'done', ':now': now.toISOString() },
      }),
    );
  }

  async releaseMessage(tenantId: string, messageKey: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.whatsappMessage(tenantId, messageKey),
          UpdateExpression: 'SET #state = :failed REMOVE leaseUntil',
          ConditionExpression: '#state = :processing',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':failed': 'failed', ':processing': 'processing' },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async findConversation(tenantId: string, senderKey: string): Promise<ConversationRecord | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.whatsappConversation(tenantId, senderKey),
        ConsistentRead: true,
      }),
    );
    const item = out.Item;
    if (!item) return undefined;
    return {
      tenantId,
      senderKey,
      conversationId: String(item.conversationId),
      version: Number(item.version),
      expiresAt: Number(item[TTL_ATTRIBUTE]),
      lastInboundAt: String(item.lastInboundAt),
      appliedMessages: Array.isArray(item.appliedMessages) ? item.appliedMessages.map(String) : [],
      outboxId: String(item.outboxId ?? ''),
      outboxSent: Number(item.outboxSent ?? 0),
      sealed: item.sealed as SealedEnvelope,
    };
  }

  async findAliases(tenantId: string, identityKeys: readonly string[]): Promise<ReadonlyMap<string, ConversationAlias>> {
    const found = await Promise.all(
      identityKeys.map(async (identityKey) => {
        const out = await this.db.send(
          new GetCommand({ TableName: this.tableName, Key: keys.whatsappAlias(tenantId, identityKey), ConsistentRead: true }),
        );
        const item = out.Item;
        return item && typeof item.conversationKey === 'string'
          ? ([identityKey, { conversationKey: item.conversationKey, expiresAt: Number(item[TTL_ATTRIBUTE]) }] as const)
          : undefined;
      }),
    );
    return new Map(found.filter((entry) => entry !== undefined));
  }

  async saveAlias(tenantId: string, identityKey: string, alias: ConversationAlias): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.whatsappAlias(tenantId, identityKey),
          type: 'WhatsAppAlias',
          tenantId,
          conversationKey: alias.conversationKey,
          [TTL_ATTRIBUTE]: alias.expiresAt,
        },
      }),
    );
  }

  async saveConversation(record: ConversationRecord, expectedVersion: number | undefined): Promise<boolean> {
    const { tenantId, senderKey, expiresAt, ...rest } = record;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.whatsappConversation(tenantId, senderKey),
            type: 'WhatsAppConversation',
            tenantId,
            [TTL_ATTRIBUTE]: expiresAt,
            ...rest,
          },
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async deleteConversation(tenantId: string, senderKey: string, expectedVersion: number): Promise<boolean> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.whatsappConversation(tenantId, senderKey),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async markRepliesSent(tenantId: string, senderKey: string, outboxId: string, sent: number): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.whatsappConversation(tenantId, senderKey),
          UpdateExpression: 'SET outboxSent = :sent',
          // Only for the outbox we sent from: a newer message may have replaced it meanwhile.
          ConditionExpression: 'outboxId = :id',
          ExpressionAttributeValues: { ':sent': sent, ':id': outboxId },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** Through the case's history, like every change of a case: an addendum is one more version of it. */
  async appendCaseAddendum(tenantId: string, caseId: string, addendum: CaseAddendum): Promise<void> {
    const { id, at, details, identity } = addendum;
    await new DynamoCaseHistory(this.db, this.tableName).appendUnversioned(tenantId, caseId, id, (current) => {
      // An identity is added only to a case created without one; never replaced.
      if (identity && current.hasIdentity) throw new Error('the case already holds an identity');
      return {
        entry: { kind: 'addendum', at, details },
        set: { lastAddendumVersion: current.version + 1, ...(identity ? { identity, anonymous: false } : {}) },
      };
    });
  }
}
