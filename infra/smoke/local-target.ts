/**
 * The local runtime (`npm start`): its table through the embedded DynamoDB, its SMS in the local outbox.
 * It describes itself at `GET /_local/runtime`, which a deployment answers with 404.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SmokeCaseStore } from './smoke-case-store.js';
import type { SmokeTarget, SmsLogEntry } from './smoke-target.js';

interface LocalRuntimeDescription {
  readonly dynamoEndpoint: string;
  readonly tableName: string;
  readonly region: string;
}

export class LocalTarget implements SmokeTarget {
  readonly description = 'the local runtime';

  private constructor(
    private readonly api: string,
    readonly cases: SmokeCaseStore,
  ) {}

  /** The local runtime behind `api`, or undefined when `api` is a deployment. */
  static async connect(api: string): Promise<LocalTarget | undefined> {
    const response = await fetch(`${api}/_local/runtime`);
    if (response.status !== 200) return undefined;
    const runtime = (await response.json()) as LocalRuntimeDescription;
    const client = new DynamoDBClient({
      endpoint: runtime.dynamoEndpoint,
      region: runtime.region,
      // The embedded DynamoDB checks only that credentials are present.
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    return new LocalTarget(api, new SmokeCaseStore(client, runtime.tableName));
  }

  async smsDeliveryOf(messageId: string): Promise<SmsLogEntry | undefined> {
    const response = await fetch(`${this.api}/_local/outbox`);
    const { alerts } = (await response.json()) as { alerts: { messageId: string }[] };
    return alerts.some((alert) => alert.messageId === messageId)
      ? { delivered: true, detail: `in the local outbox (${this.api}/_local/outbox)` }
      : undefined;
  }
}
