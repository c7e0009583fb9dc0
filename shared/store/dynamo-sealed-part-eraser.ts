/**
 * Finds and removes a case's sealed parts on DynamoDB: the case item's (`details`, `identity`,
 * `victimContact`, the lists earlier versions kept there) and its history's (notes, addenda, an identity
 * given later). Everything else stays: routing fields for the numbers, who did what and when.
 */
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { SealedPartEraser } from '../pdp/ports.js';
import { queryItems } from './query-items.js';
import { CASE_EVENT_PREFIX, keys } from './table-design.js';

/** Sealed attributes of the case item; `timeline`/`addenda`: entries earlier versions kept there. */
const CASE_SEALED_ATTRIBUTES = ['details', 'identity', 'victimContact', 'timeline', 'addenda'] as const;

/** Where an event item holds a sealed part, as a document path. */
const EVENT_SEALED_PATHS = [
  ['entry', 'note'],
  ['entry', 'details'],
  ['set', 'identity'],
] as const;

export class DynamoSealedPartEraser implements SealedPartEraser {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listDetails(tenantId: string, caseId: string): Promise<SealedEnvelope[]> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.case(tenantId, caseId),
        ProjectionExpression: '#details, #addenda',
        ExpressionAttributeNames: { '#details': 'details', '#addenda': 'addenda' },
        ConsistentRead: true,
      }),
    );
    const item = out.Item ?? {};
    const earlier = Array.isArray(item.addenda) ? (item.addenda as { details?: SealedEnvelope }[]).map((a) => a.details) : [];
    const history = (await this.events(tenantId, caseId)).map((event) => (event.entry as { details?: SealedEnvelope } | undefined)?.details);
    return [item.details as SealedEnvelope | undefined, ...earlier, ...history].filter((d): d is SealedEnvelope => d !== undefined);
  }

  async eraseSealedParts(tenantId: string, caseId: string): Promise<number> {
    let erased = 0;
    for (const event of await this.events(tenantId, caseId)) {
      const present = EVENT_SEALED_PATHS.filter(([map, field]) => (event[map] as Record<string, unknown> | undefined)?.[field] !== undefined);
      if (present.length === 0) continue;
      const names: Record<string, string> = {};
      const paths = present.map(([map, field]) => {
        names[`#${map}`] = map;
        names[`#${field}`] = field;
        return `#${map}.#${field}`;
      });
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: event.PK, SK: event.SK },
          UpdateExpression: `REMOVE ${paths.join(', ')}`,
          ExpressionAttributeNames: names,
        }),
      );
      erased += present.length;
    }
    const out = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.case(tenantId, caseId),
        UpdateExpression: `REMOVE ${CASE_SEALED_ATTRIBUTES.map((name) => `#${name}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: Object.fromEntries(CASE_SEALED_ATTRIBUTES.map((name) => [`#${name}`, name])),
        ReturnValues: 'UPDATED_OLD',
      }),
    );
    return erased + Object.keys(out.Attributes ?? {}).length;
  }

  private events(tenantId: string, caseId: string): Promise<Record<string, unknown>[]> {
    return queryItems(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
      ExpressionAttributeValues: { ':pk': keys.caseHistory(tenantId, caseId), ':prefix': CASE_EVENT_PREFIX },
      ConsistentRead: true,
    });
  }
}
