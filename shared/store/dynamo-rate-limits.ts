/** RateCounters on DynamoDB: one UpdateItem with ADD per count, on an item per window (dynalite has no TTL expiry). */
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CounterWindow, RateCounters } from '../abuse/ports.js';
import { keys, TTL_ATTRIBUTE } from './table-design.js';

export class DynamoRateCounters implements RateCounters {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(window: CounterWindow, amount: number): Promise<number> {
    const out = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.rateWindow(window.tenantId, window.scope, window.subject, window.windowStart),
        UpdateExpression: 'ADD #count :amount SET #type = :type, #expiresAt = :expiresAt',
        ExpressionAttributeNames: { '#count': 'count', '#type': 'type', '#expiresAt': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':amount': amount, ':type': 'RateWindow', ':expiresAt': window.expiresAt },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const count = out.Attributes?.count;
    if (typeof count !== 'number') throw new Error('rate counter returned no number');
    return count;
  }
}
