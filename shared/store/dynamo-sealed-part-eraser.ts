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

/** The maps of an event item that may hold sealed parts: its timeline entry and the fields it projects. */
const EVENT_MAPS = ['entry', 'set'] as const;

/** Any envelope, whatever its field is called: a kind of entry added later is erased without a change here. */
const isEnvelope = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'ek' in value && 'ct' in value && 'tag' in value;

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
      const present = EVENT_MAPS.flatMap((map) =>
        Object.entries((event[map] as Record<string, unknown> | undefined) ?? {})
          .filter(([, value]) => isEnvelope(value))
          .map(([field]) => [map, field] as const),
      );
      if (present.length === 0) continue;
      const names: Record<string, string> = {};
      const paths = present.map(([map, field], index) => {
        names[`#${map}`] = map;
        names[`#f${index}`] = field;
        return `#${map}.#f${index}`;
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
