/**
 * Alert links on DynamoDB: a random id (base62, revealing nothing about the case or the regency) that
 * names its case, and the case's side, so that every SMS about one case carries the same link. Two
 * conditional puts; the case's side decides which id a race keeps.
 */
import { randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AlertLinks } from '../oncall/on-call-alert-publisher.js';
import { ALERT_LINK_ID } from '../oncall/alert-link-id.js';
import { isConditionFailure } from './condition-failure.js';
import { keys } from './table-design.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 10 base62 characters: ~59 bits, and a link opens nothing without a staff sign-in of the regency. */
const LINK_ID_LENGTH = 10;

export class DynamoAlertLinks implements AlertLinks {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async linkIdFor(tenantId: string, caseId: string): Promise<string> {
    const existing = await this.caseLink(tenantId, caseId);
    if (existing) return existing;
    const linkId = newLinkId();
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.alertLink(linkId), type: 'AlertLink', tenantId, caseId },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.caseAlertLink(tenantId, caseId), type: 'CaseAlertLink', linkId },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return linkId;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // A concurrent sender linked the case first: its id is the case's.
      return (await this.caseLink(tenantId, caseId)) ?? linkId;
    }
  }

  async resolve(linkId: string): Promise<{ tenantId: string; caseId: string } | undefined> {
    if (!ALERT_LINK_ID.test(linkId)) return undefined;
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.alertLink(linkId), ConsistentRead: true }));
    const item = out.Item;
    if (typeof item?.tenantId !== 'string' || typeof item.caseId !== 'string') return undefined;
    return { tenantId: item.tenantId, caseId: item.caseId };
  }

  private async caseLink(tenantId: string, caseId: string): Promise<string | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.caseAlertLink(tenantId, caseId), ConsistentRead: true }),
    );
    return typeof out.Item?.linkId === 'string' ? out.Item.linkId : undefined;
  }
}

function newLinkId(): string {
  return [...randomBytes(LINK_ID_LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}
