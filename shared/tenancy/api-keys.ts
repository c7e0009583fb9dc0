/**
 * Per-tenant API keys for machine callers (the call-center system). A key is 32 random bytes; only its
 * SHA-256 is stored, in an item keyed by that hash, so one GetItem finds the tenant. A plain hash (no salt,
 * no slow KDF) is enough because a key carries 256 bits of entropy: there is no dictionary to try.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isConditionFailure } from '../store/condition-failure.js';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/table-design.js';
import { TENANT_ID_PATTERN } from './tenant.js';

/**
 * `la_cc_<tenant>_<43 base64url chars>`: the prefix and tenant let people (and secret scanners) tell what
 * a leaked key is and whom to tell; the hash covers the whole key, so the tenant part cannot be edited.
 */
const CALL_CENTER_KEY = /^la_cc_[a-z][a-z0-9-]{1,39}_[A-Za-z0-9_-]{43}$/;

export function generateCallCenterKey(tenantId: string): string {
  if (!TENANT_ID_PATTERN.test(tenantId)) throw new Error('not a tenant id');
  return `la_cc_${tenantId}_${randomBytes(32).toString('base64url')}`;
}

/** Shape only: a malformed key is refused without a table read. */
export function isWellFormedCallCenterKey(candidate: string): boolean {
  return CALL_CENTER_KEY.test(candidate);
}

/** Plain SHA-256 in hex, so an IT officer can check an item with `printf %s "$KEY" | sha256sum`. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function apiKeyHashesMatch(stored: string, computed: string): boolean {
  const a = Buffer.from(stored, 'hex');
  const b = Buffer.from(computed, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

export interface ApiKeyRecord {
  readonly keyHash: string;
  readonly tenantId: string;
  readonly createdAt: string;
  /** Who holds the key, for the people who rotate it (e.g. "Amazon Connect Purwakarta"). Never the key. */
  readonly label?: string;
}

export interface ApiKeyStore {
  findCallCenterKey(keyHash: string): Promise<ApiKeyRecord | undefined>;
  /** Writes the key's item unless it exists (registering the same key again is a no-op). */
  saveCallCenterKey(record: ApiKeyRecord): Promise<void>;
}

/** The item as stored; also printed by `npm run call-center-key` for `aws dynamodb put-item`. */
export function callCenterKeyItem(record: ApiKeyRecord): Record<string, string> {
  return {
    ...keys.callCenterKey(record.keyHash),
    type: 'ApiKey',
    scope: 'call-center',
    tenantId: record.tenantId,
    keyHash: record.keyHash,
    createdAt: record.createdAt,
    ...(record.label ? { label: record.label } : {}),
  };
}

export class DynamoApiKeyStore implements ApiKeyStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async findCallCenterKey(keyHash: string): Promise<ApiKeyRecord | undefined> {
    // Consistent: a deleted (revoked) key stops working at once.
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.callCenterKey(keyHash), ConsistentRead: true }),
    );
    const item = out.Item;
    if (!item || typeof item.tenantId !== 'string' || typeof item.keyHash !== 'string') return undefined;
    return {
      keyHash: item.keyHash,
      tenantId: item.tenantId,
      createdAt: String(item.createdAt),
      ...(typeof item.label === 'string' ? { label: item.label } : {}),
    };
  }

  async saveCallCenterKey(record: ApiKeyRecord): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: callCenterKeyItem(record),
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}
