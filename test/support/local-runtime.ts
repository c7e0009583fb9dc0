/** Starts the real local runtime (embedded dynalite in memory) for a test file. */
import { randomBytes } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type LocalRuntime, type LocalRuntimeOptions, startLocalRuntime } from '#local/runtime.js';

export interface TestRuntime extends LocalRuntime {
  readonly printed: string[];
  /** Every raw item in the table, as DynamoDB stores it. */
  scanAll(): Promise<Record<string, unknown>[]>;
}

export async function startTestRuntime(options: Partial<LocalRuntimeOptions> = {}): Promise<TestRuntime> {
  const printed: string[] = [];
  const runtime = await startLocalRuntime({
    masterKey: randomBytes(32),
    logLevel: 'SILENT',
    print: (line) => printed.push(line),
    // Tests run the alert jobs themselves (runtime.sweepAlerts / escalateOverdueCases), at moments they choose.
    alertJobIntervalMs: 0,
    ...options,
  });
  return {
    ...runtime,
    printed,
    scanAll: async () => {
      const items: Record<string, unknown>[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const out = await runtime.dynamo.documents.send(
          new ScanCommand({ TableName: runtime.tableName, ExclusiveStartKey }),
        );
        items.push(...(out.Items ?? []));
        ExclusiveStartKey = out.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return items;
    },
  };
}
