import 'aws-sdk-client-mock-vitest/extend';
import { randomBytes } from 'node:crypto';
import { GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpEvent } from '#shared/http/http-types.js';
import { createCloudDependencies } from '#shared/wiring/cloud-intake.js';
import { sealingOnFirstUse } from '#shared/wiring/lazy-sealing.js';
import { createWebReportHandler } from '../../../functions/web-report/handler.js';
import { LOCAL_CASE_SECRETS_TABLE_NAME } from '../../../local/runtime.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';

// The cloud's clients, mocked at their boundary: what the web-report function asks KMS, SNS and Secrets Manager.
const kms = mockClient(KMSClient);
const sns = mockClient(SNSClient);
const secrets = mockClient(SecretsManagerClient);

let runtime: TestRuntime;
let handler: ReturnType<typeof createWebReportHandler>;

function event(routeKey: string, body?: unknown): HttpEvent {
  const [method, path] = routeKey.split(' ') as [string, string];
  return {
    version: '2.0',
    routeKey,
    rawPath: path.replace('{tenant}', 'blora'),
    rawQueryString: '',
    headers: body ? { 'content-type': 'application/json' } : {},
    pathParameters: { tenant: 'blora' },
    requestContext: { http: { method, sourceIp: '203.0.113.7' } } as HttpEvent['requestContext'],
    body: body ? JSON.stringify(body) : undefined,
    isBase64Encoded: false,
  };
}

const sealingCalls = () => kms.calls().length + sns.calls().length + secrets.calls().length;

beforeAll(async () => {
  kms.on(GenerateDataKeyCommand).callsFake(async () => ({ Plaintext: randomBytes(32), CiphertextBlob: randomBytes(184), KeyId: 'key-blora' }));
  sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
  secrets.on(GetSecretValueCommand).resolves({ SecretString: randomBytes(32).toString('hex') });
  runtime = await startTestRuntime();
  // The web-report function's cloud wiring over the embedded table, as functions/web-report/lambda.ts builds it.
  const env = {
    AWS_REGION: 'ap-southeast-3',
    TABLE_NAME: runtime.tableName,
    CASE_SECRETS_TABLE_NAME: LOCAL_CASE_SECRETS_TABLE_NAME,
    ALERT_TOPIC_ARN_TEMPLATE: 'arn:aws:sns:ap-southeast-3:123456789012:lapor-aman-{tenant}-alerts',
    ABUSE_ADDRESS_KEY_NAME: 'lapor-aman/abuse/address-key',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  };
  handler = createWebReportHandler(createCloudDependencies(sealingOnFirstUse, env, runtime.dynamo.documents));
});
afterAll(async () => {
  await runtime.stop();
  kms.restore();
  sns.restore();
  secrets.restore();
});

describe('web-report in the cloud: KMS, SNS and Secrets Manager come with the first report', () => {
  it('serves the form, the one-press page and the status form without asking KMS, SNS or Secrets Manager anything', async () => {
    // Act
    const pages = [
      await handler(event('GET /{tenant}/lapor'), {} as never),
      await handler(event('GET /{tenant}/darurat'), {} as never),
      await handler(event('GET /{tenant}/status'), {} as never),
    ];

    // Assess
    expect(pages.map((page) => page.statusCode)).toEqual([200, 200, 200]);
    expect(sealingCalls()).toBe(0);
  });

  it('then files a named report: sealed under the regency key, the on-call topic alerted once, nothing personal in clear', async () => {
    // Act
    const answer = await handler(event('POST /api/v1/{tenant}/reports', namedReportJson()), {} as never);

    // Assess
    expect(answer.statusCode).toBe(201);
    expect(JSON.parse(String(answer.body)).reference).toMatch(/^[A-Z]+-2\d{3}-\d+$/);
    expect(kms).toHaveReceivedCommandWith(GenerateDataKeyCommand, { KeyId: 'alias/lapor-aman/blora' });
    expect(secrets).toHaveReceivedCommandTimes(GetSecretValueCommand, 1);
    expect(sns).toHaveReceivedCommandTimes(PublishCommand, 1);
    const stored = JSON.stringify(await runtime.scanAll());
    for (const personal of [CANARY.name, CANARY.phone, CANARY.nik, 'kanari-unik-8841']) expect(stored).not.toContain(personal);
  });
});
