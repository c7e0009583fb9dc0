import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const env = {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_DEV: 'false',
  POWERTOOLS_SERVICE_NAME: 'lapor-aman',
  POWERTOOLS_METRICS_NAMESPACE: 'LaporAman',
};

export default defineConfig({
  test: {
    env,
    // Most files wait on chromium, DynamoDB or a local server more than they compute: on a 2-core CI machine
    // two workers (vitest's default would be one) keep the run well under CI's 15 minutes.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        // The replay of the repository's own real-world-shaped fixtures runs against the local runtime too.
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/realworld/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // Fuzzing every route, fault injection through the ports, personal-data leak canaries (SECURITY.md).
        test: {
          name: 'hardening',
          include: ['test/fuzz/**/*.test.ts', 'test/faults/**/*.test.ts', 'test/leaks/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        // CDK synth (and esbuild bundling in one file) happens once per file in beforeAll: slow, not flaky.
        test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/ensure-chromium.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
