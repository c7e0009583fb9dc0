/**
 * What the Powertools tracer (shared/observability) costs each function at cold start: every function built
 * as deployed and again with the tracer stubbed out (bench/what-if/no-tracer/), both imported with tracing on
 * as in Lambda, in the same interleaved run.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type BuiltBundle, buildFunctionBundle } from './bundles.js';
import { measureColdImports } from './cold-import.js';
import { kb, ms } from './stats.js';

/** What Lambda sets when the function has active tracing: the tracer is on at import, as deployed. */
const TRACED_LAMBDA_ENV = {
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
  LAMBDA_TASK_ROOT: '/var/task',
  _X_AMZN_TRACE_ID: 'Root=1-6750a1b2-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=1',
};
const WITHOUT = ' (no tracer)';

export interface TracingCost {
  readonly name: string;
  readonly tracedBytes: number;
  readonly untracedBytes: number;
  readonly tracedMs: number;
  readonly untracedMs: number;
}

export async function measureTracingCost(root: string, samples: number): Promise<TracingCost[]> {
  const outDir = join(root, 'bench', '.out', 'tracing');
  const functionsDir = join(root, 'functions');
  const names = readdirSync(functionsDir).filter((name) => statSync(join(functionsDir, name)).isDirectory());
  const noTracer = { '@aws-lambda-powertools/tracer': join(root, 'bench', 'what-if', 'no-tracer') };
  const bundles: BuiltBundle[] = [];
  for (const functionName of names) {
    for (const [variant, alias] of [['', {}], [WITHOUT, noTracer]] as const) {
      const name = functionName + variant;
      const target = { name, entry: join(functionsDir, functionName, 'lambda.ts'), functionName, alias };
      const { bundle } = await buildFunctionBundle(root, target, join(outDir, name.replace(/\W+/g, '-')));
      bundles.push({ ...bundle, env: TRACED_LAMBDA_ENV });
    }
  }
  const cold = measureColdImports(bundles, samples);
  const of = (name: string) => ({
    bytes: bundles.find((b) => b.name === name)?.bytes ?? 0,
    ms: cold.find((c) => c.name === name)?.medianMs ?? Number.NaN,
  });
  return names.map((name) => ({
    name,
    tracedBytes: of(name).bytes,
    untracedBytes: of(name + WITHOUT).bytes,
    tracedMs: of(name).ms,
    untracedMs: of(name + WITHOUT).ms,
  }));
}

const signed = (value: number) => `${value >= 0 ? '+' : ''}${ms(value)}`;

/** The RESULTS.md section, measured in the same run as the rest of the bench. */
export async function tracingCostSection(root: string, samples: number): Promise<string> {
  const costs = await measureTracingCost(root, samples);
  const rows = costs.map(
    (c) =>
      `| ${c.name} | ${kb(c.untracedBytes)} → ${kb(c.tracedBytes)} | ${ms(c.untracedMs)} → ${ms(c.tracedMs)} | ${signed(c.tracedMs - c.untracedMs)} (${((c.tracedMs / c.untracedMs - 1) * 100).toFixed(0)} %) |`,
  );
  return `
## Tracing at cold start (Powertools Tracer + X-Ray SDK, imported with tracing on as in Lambda)

Each function as deployed against the same bundle with the tracer stubbed out (median of ${samples} fresh imports,
interleaved). The ratio goals of the intake functions (above) are measured on the deployed bundles, tracer included.

| function | bundle without → with tracer | cold import without → with | tracer's cost |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
}
