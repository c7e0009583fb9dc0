/** `npm run bench`: bundle sizes, cold imports, warm latency per channel, per-report AWS counts, cost. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundles, EMPTY_HANDLER } from './bundles.js';
import { measureColdImports } from './cold-import.js';
import { ASSUMPTIONS, modelCosts, PRICES } from './cost-model.js';
import { measureLatency } from './latency.js';
import { measureReportCosts } from './report-costs.js';
import { kb, ms } from './stats.js';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const coldSamples = quick ? 5 : 21;
const latencyRequests = quick ? 60 : 500;

const GOALS = { bundleBytes: 600 * 1024, coldOverEmptyMs: 60, kmsPerReport: 2, cpuMs: 5, webJsonP99Ms: 30, costPerThousand: 0.25 };
const INTAKE = ['web-report', 'call-center', 'whatsapp-webhook'];
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

console.log(`Building bundles with infra/bundling.ts settings…`);
const bundles = await buildBundles(root, join(root, 'bench', '.out'));
console.log(`Cold imports: ${coldSamples} fresh processes per bundle…`);
const cold = measureColdImports(bundles, coldSamples);
const empty = cold.find((c) => c.name === EMPTY_HANDLER);
console.log(`Per-report AWS requests and CPU…`);
const costs = await measureReportCosts(quick ? 50 : 200);
console.log(`Warm latency: ${latencyRequests} requests per channel…`);
const latency = await measureLatency(latencyRequests);
const money = modelCosts(costs);

const functionRows = bundles
  .filter((b) => b.name !== EMPTY_HANDLER)
  .map((b) => {
    const c = cold.find((x) => x.name === b.name);
    const over = (c?.medianMs ?? Number.NaN) - (empty?.medianMs ?? Number.NaN);
    const ratio = (c?.medianMs ?? Number.NaN) / (empty?.medianMs ?? Number.NaN);
    const goal = INTAKE.includes(b.name) ? verdict(b.bytes <= GOALS.bundleBytes && over <= GOALS.coldOverEmptyMs) : '—';
    return `| ${b.name} | ${kb(b.bytes)} | ${c?.error ? `import failed: ${c.error}` : `${ms(c?.medianMs ?? 0)} / ${ms(c?.p90Ms ?? 0)}`} | ${ratio.toFixed(2)}× | +${ms(over)} | ${goal} | ${b.topInputs.map((i) => `${i.name} ${kb(i.bytes)}`).join(', ')} |`;
  });
const webJson = latency.find((l) => l.scenario === 'web JSON report');
const report = `# Bench results

Run: ${new Date().toISOString()} on Node ${process.version}, ${process.platform}/${process.arch} (Lambda runs nodejs22.x on arm64; compare ratios, not absolute times).
Command: \`npm run bench${quick ? ' -- --quick' : ''}\`.

## Bundles and cold import
Same esbuild settings as the CDK app (\`infra/bundling.ts\`). Cold import = a fresh \`node\` process importing the
bundle, module init included (clients and config are created at module scope); ${coldSamples} samples each,
interleaved with an empty ESM handler: **${ms(empty?.medianMs ?? 0)}** median / ${ms(empty?.p90Ms ?? 0)} p90.

| function | minified | import median / p90 | ratio to empty | over empty | goal (intake ≤ 600 KB, ≤ +60 ms) | largest inputs |
| --- | --- | --- | --- | --- | --- | --- |
${functionRows.join('\n')}

## Warm latency through the local runtime
${latencyRequests} sequential requests after 20 warm-ups, then throughput with 10 concurrent clients
(local API Gateway → real handler → embedded dynalite in the same process).

| scenario | p50 | p99 | throughput (10 clients) | statuses |
| --- | --- | --- | --- | --- |
${latency.map((l) => `| ${l.scenario} | ${ms(l.p50Ms)} | ${ms(l.p99Ms)} | ${l.throughputPerSecond.toFixed(0)}/s | ${l.statuses} |`).join('\n')}

Goal: warm web JSON report p99 ≤ ${GOALS.webJsonP99Ms} ms — ${verdict((webJson?.p99Ms ?? Infinity) <= GOALS.webJsonP99Ms)}.

## Per report (through the cloud wiring; KMS and SNS counted at their client boundary)
| measure | value | goal |
| --- | --- | --- |
| KMS requests at cold start (module init) | ${costs.kmsAtColdStart} | 0 — ${verdict(costs.kmsAtColdStart === 0)} |
| KMS requests per named report | ${costs.kmsPerNamedReport} | ≤ ${GOALS.kmsPerReport} — ${verdict(costs.kmsPerNamedReport <= GOALS.kmsPerReport)} |
| KMS requests per anonymous report | ${costs.kmsPerAnonymousReport} | ≤ ${GOALS.kmsPerReport} |
| KMS requests for a retried submission | ${costs.kmsPerRetry} | |
| DynamoDB calls per report | ${costs.dynamoCallsPerReport} | |
| DynamoDB write units (table; dynalite does not report GSIs) | ${costs.writeUnitsPerReport} | |
| DynamoDB read units | ${costs.readUnitsPerReport} | |
| SNS publishes | ${costs.snsPublishesPerReport} | |
| \`submitReport\` CPU, warm, local key (median) | ${ms(costs.cpuMsPerReportLocalKey)} | ≤ ${GOALS.cpuMs} ms — ${verdict(costs.cpuMsPerReportLocalKey <= GOALS.cpuMs)} |

## Cost model (prices of ${PRICES.date}; see bench/cost-model.ts for sources and assumptions)
| item | per 1,000 reports (USD) |
| --- | --- |
${money.lines.map((l) => `| ${l.item} | ${l.perThousandReports.toFixed(4)} |`).join('\n')}
| **total excluding SMS** | **${money.perThousandReportsExcludingSms.toFixed(4)}** (goal ≤ ${GOALS.costPerThousand} — ${verdict(money.perThousandReportsExcludingSms <= GOALS.costPerThousand)}) |
| SMS to Indonesia (${ASSUMPTIONS.smsPerReport} per report) | ${money.perThousandReportsSms.toFixed(2)} |

One regency at ${ASSUMPTIONS.reportsPerRegencyYear} reports a year: fixed **$${money.fixedPerRegencyMonth.toFixed(2)}/month**
(${ASSUMPTIONS.kmsKeysPerRegency} KMS key, ${ASSUMPTIONS.secretsPerRegency} secrets) + variable $${money.variablePerRegencyMonth.toFixed(2)}/month (almost all SMS).
Shared by all regencies and not counted per regency: the table's KMS key ($1/month), CloudWatch alarms, log storage.
`;
writeFileSync(join(root, 'bench', 'RESULTS.md'), report);
console.log(report);
