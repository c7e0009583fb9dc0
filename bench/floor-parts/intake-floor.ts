/**
 * What every intake function's floor holds (bench/floors/): the AWS clients `submitReport` calls (DynamoDB
 * document client, KMS for sealing, SNS for the alert) created at module scope as the wiring does, and zod
 * with the report, tenant and configuration schemas. Each floor adds its channel's own clients and schemas.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { loadCloudConfig } from '../../shared/config.js';
import { ReportSubmission } from '../../shared/intake/report-submission.js';
import { Tenant } from '../../shared/tenancy/tenant.js';

const intakeClients = [DynamoDBDocumentClient.from(new DynamoDBClient({})), new KMSClient({}), new SNSClient({})];

/** A handler that touches every client and schema it is given, so none is dropped as unused. */
export function floorHandler(clients: readonly unknown[], schemas: readonly { safeParse(value: unknown): { success: boolean } }[]) {
  const all = [...intakeClients, ...clients, loadCloudConfig];
  return async (event: unknown) => ({
    statusCode: 200,
    body: String([ReportSubmission, Tenant, ...schemas].map((schema) => schema.safeParse(event).success).length + all.length),
  });
}
