import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedDynamoDb } from '#local/embedded-dynamodb.js';
import { LOCAL_TABLE_NAME } from '#local/runtime.js';
import { startTestRuntime } from '../../support/local-runtime.js';

const dataDir = mkdtempSync(join(tmpdir(), 'lapor-aman-upgrade-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A local table as `npm start` created it before the SLA index existed. */
async function createTableWithoutSlaIndex() {
  const dynamo = await startEmbeddedDynamoDb({ path: join(dataDir, 'dynamodb') });
  const index = (name: string, pk: string, sk: string) => ({
    IndexName: name,
    KeySchema: [
      { AttributeName: pk, KeyType: 'HASH' as const },
      { AttributeName: sk, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  await dynamo.client.send(
    new CreateTableCommand({
      TableName: LOCAL_TABLE_NAME,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['PK', 'SK', 'refKey', 'outboxPk', 'outboxSk'].map((name) => ({
        AttributeName: name,
        AttributeType: 'S' as const,
      })),
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [index('byReference', 'refKey', 'SK'), index('pendingAlerts', 'outboxPk', 'outboxSk')],
    }),
  );
  await dynamo.documents.send(
    new PutCommand({ TableName: LOCAL_TABLE_NAME, Item: { PK: 'TENANT#blora', SK: 'NOTE#kept', type: 'Note' } }),
  );
  // An open and a closed case from before the open-cases index.
  for (const [caseId, status] of [['01OPENCASE00000000000000AA', 'penanganan'], ['01CLOSEDCASE000000000000AA', 'selesai']] as const) {
    await dynamo.documents.send(
      new PutCommand({ TableName: LOCAL_TABLE_NAME, Item: { PK: 'TENANT#blora', SK: `CASE#${caseId}`, type: 'Case', tenantId: 'blora', caseId, status, createdAt: '2025-12-31T20:00:00.000Z' } }),
    );
  }
  await dynamo.stop();
}

describe('local table upgrade', () => {
  it('adds the new index and keeps every item when the data folder predates the index', async () => {
    // Prepare
    await createTableWithoutSlaIndex();

    // Act
    const runtime = await startTestRuntime({ dataDir, masterKey: undefined });
    const escalation = await runtime.escalateOverdueCases();
    const items = await runtime.scanAll();
    await runtime.stop();

    // Assess
    expect(escalation).toEqual({ escalated: 0, released: 0 });
    expect(items).toContainEqual(expect.objectContaining({ SK: 'NOTE#kept' }));
    expect(runtime.printed).toContainEqual(expect.stringMatching(/rebuilt with new indexes \(awaitingAssessment, byMessageId, openCases, caseworkDeadlines, retentionDue, byYear\)/));
    // Open cases join the open-cases index the case list reads; closed ones stay out of it.
    expect(items.find((item) => item.caseId === '01OPENCASE00000000000000AA')).toMatchObject({ openPk: 'TENANT#blora' });
    expect(items.find((item) => item.caseId === '01CLOSEDCASE000000000000AA')).not.toHaveProperty('openPk');
    // Every case joins the year index by its UTC year, which the yearly numbers and CSV read.
    expect(items.filter((item) => item.type === 'Case').map((item) => item.yearPk)).toEqual(['TENANT#blora#Y#2025', 'TENANT#blora#Y#2025']);
  });
});
