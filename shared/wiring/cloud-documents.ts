/**
 * The DynamoDB document client every function uses, in a module of its own: a function that loads KMS and SNS
 * only later (web-report, shared/wiring/lazy-sealing.ts) imports this without them.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from '../observability/tracer.js';

export function createDocumentClient(region: string): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(traced(new DynamoDBClient({ region })), {
    marshallOptions: { removeUndefinedValues: true },
  });
}
