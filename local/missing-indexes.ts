/**
 * A local table created before an index was added to shared/store/table-design.ts lacks it, and dynalite
 * cannot add an index to an existing table. So the table is rebuilt once: items read into memory, table
 * recreated from the design, items written back. Local data only; a cloud table gets indexes from CDK.
 */
import { DeleteTableCommand, DescribeTableCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type BatchWriteCommandInput, type BatchWriteCommandOutput, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { GSI, withCaseYearAttributes, withOpenCaseAttributes } from '#shared/store/table-design.js';
import { type EmbeddedDynamoDb, ensureTable } from './embedded-dynamodb.js';

const BATCH = 25;
type WriteRequests = NonNullable<BatchWriteCommandInput['RequestItems']>[string];

export async function addMissingIndexes(
  dynamo: EmbeddedDynamoDb,
  tableName: string,
  print: (line: string) => void,
): Promise<void> {
  const table = (await dynamo.client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  const existing = new Set((table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  const missing = Object.values(GSI).filter((index) => !existing.has(index.name));
  if (missing.length === 0) return;

  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await dynamo.documents.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey }));
    items.push(...(out.Items ?? []).map((item) => withCaseYearAttributes(withOpenCaseAttributes(item))));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);

  await dynamo.client.send(new DeleteTableCommand({ TableName: tableName }));
  await waitUntilGone(dynamo, tableName);
  await ensureTable(dynamo.client, tableName);
  for (let start = 0; start < items.length; start += BATCH) {
    let requests: WriteRequests | undefined = items.slice(start, start + BATCH).map((Item) => ({ PutRequest: { Item } }));
    while (requests?.length) {
      const out: BatchWriteCommandOutput = await dynamo.documents.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = out.UnprocessedItems?.[tableName];
    }
  }
  print(`Local table rebuilt with new indexes (${missing.map((i) => i.name).join(', ')}); ${items.length} items kept.`);
}

async function waitUntilGone(dynamo: EmbeddedDynamoDb, tableName: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await dynamo.client.send(new DescribeTableCommand({ TableName: tableName }));
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`table ${tableName} was not deleted`);
}
