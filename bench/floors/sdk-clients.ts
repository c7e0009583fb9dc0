/**
 * Floor of every intake function: the three AWS clients `submitReport` needs (DynamoDB document client,
 * KMS, SNS), created at module scope like the wiring does, and nothing else.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const clients = [DynamoDBDocumentClient.from(new DynamoDBClient({})), new KMSClient({}), new SNSClient({})];

export const handler = async () => ({ statusCode: 200, body: String(clients.length) });
