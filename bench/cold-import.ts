/**
 * Cold import: a fresh `node` process per sample imports a bundle (module init included: clients and
 * config are created at module scope, as on Lambda). Samples of every bundle are interleaved with the
 * empty handler's, in another order each round, so machine noise hits all of them alike.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { LAMBDA_NODE_OPTIONS } from '../infra/bundling.js';
import type { BuiltBundle } from './bundles.js';
import { median, percentile } from './stats.js';

/** What the deployed functions find in their environment (values are placeholders; nothing is called). */
export const BENCH_LAMBDA_ENV: Readonly<Record<string, string>> = {
  AWS_REGION: 'ap-southeast-3',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  TABLE_NAME: 'lapor-aman-bench',
  CASE_SECRETS_TABLE_NAME: 'lapor-aman-bench-case-secrets',
  TENANT_KEY_ALIAS_TEMPLATE: 'alias/lapor-aman/{tenant}',
  ALERT_TOPIC_ARN_TEMPLATE: 'arn:aws:sns:ap-southeast-3:000000000000:lapor-aman-{tenant}-alerts',
  SUPERVISOR_TOPIC_ARN_TEMPLATE: 'arn:aws:sns:ap-southeast-3:000000000000:lapor-aman-{tenant}-supervisors',
  MEDIA_BUCKET: 'lapor-aman-media-bench',
  ABUSE_ADDRESS_KEY_NAME: 'lapor-aman/abuse/address-key',
  COGNITO_USER_POOL_ID: 'ap-southeast-3_BenchPool1',
  COGNITO_CLIENT_ID: 'benchclient1234',
  STAFF_SIGN_IN_URL: 'https://lapor-aman-bench.auth.ap-southeast-3.amazoncognito.com',
  ALERT_LINK_BASE: 'https://abc123.execute-api.ap-southeast-3.amazonaws.com',
  POWERTOOLS_LOG_LEVEL: 'WARN',
  POWERTOOLS_SERVICE_NAME: 'lapor-aman',
  NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
};

export interface ColdImport {
  readonly name: string;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly error?: string;
}

/** Imports the bundle, then any chunk a later path loads (argv after it), and prints the milliseconds. */
const PROBE = `const t0 = performance.now(); for (const file of process.argv.slice(1)) await import(file); process.stdout.write(String(performance.now() - t0));`;

/**
 * The Node that imports the bundles: this one, or `BENCH_NODE` (e.g. the Lambda runtime's major version:
 * `BENCH_NODE=$(npx -y -p node@22 which node) npm run bench`).
 */
export const IMPORTING_NODE = process.env.BENCH_NODE ?? process.execPath;

function importOnce(files: readonly string[], env: NodeJS.ProcessEnv): number {
  const out = execFileSync(IMPORTING_NODE, ['--input-type=module', '-e', PROBE, ...files.map((file) => pathToFileURL(file).href)], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return Number(out);
}

export function measureColdImports(bundles: readonly BuiltBundle[], samples: number): ColdImport[] {
  const env = { PATH: process.env.PATH, ...BENCH_LAMBDA_ENV };
  const times = new Map<string, number[]>(bundles.map((b) => [b.name, []]));
  const errors = new Map<string, string>();
  for (let round = 0; round < samples; round++) {
    for (const bundle of shuffled(bundles, round)) {
      if (errors.has(bundle.name)) continue;
      try {
        times.get(bundle.name)?.push(importOnce([bundle.file, ...(bundle.alsoImport ?? [])], { ...env, ...bundle.env }));
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr ?? String(error);
        const message = stderr.split('\n').find((line) => /^\w*Error\b/.test(line.trim())) ?? stderr;
        errors.set(bundle.name, message.trim().slice(0, 200));
      }
    }
  }
  return bundles.map((bundle) => {
    const sampled = times.get(bundle.name) ?? [];
    const error = errors.get(bundle.name);
    return { name: bundle.name, medianMs: median(sampled), p90Ms: percentile(sampled, 90), ...(error ? { error } : {}) };
  });
}

/**
 * The bundles in another order each round (seeded, so runs are repeatable): a VM's periodic noise then falls on
 * every bundle alike instead of on whichever sits at the same place in each round.
 */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = Math.imul(seed + 1, 2654435761) >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
