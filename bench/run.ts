/** `npm run bench`: bundle sizes, cold imports, warm latency per channel, per-report AWS counts, cost. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCaseView } from './case-view.js';
import { buildBundles, EMPTY_HANDLER, FLOOR_PREFIX, WEB_REPORT_WITHOUT_SOURCE_MAPS, WHATSAPP_WITHOUT_S3 } from './bundles.js';
import { measureConsoleClient } from './console-client.js';
import { IMPORTING_NODE, measureColdImports } from './cold-import.js';
import { LAMBDA_NODE_OPTIONS } from '../infra/bundling.js';
import { ASSUMPTIONS, modelCosts, PRICES } from './cost-model.js';
import { measureLatency } from './latency.js';
import { measureReportCosts } from './report-costs.js';
import { kb, ms } from './stats.js';
import { measureWhatsAppKms } from './whatsapp-kms.js';
import { tracingCostSection } from './tracing-cost.js';
import { yearlyReadsSection } from './yearly-reads.js';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const coldSamples = quick ? 5 : 21;
const latencyRequests = quick ? 60 : 500;

const GOALS = {
  bundleBytes: 600 * 1024,
  coldOverEmptyMs: 60,
  kmsPerReport: 2,
  kmsPerWhatsAppMessage: 2,
  cpuMs: 5,
  webJsonP99Ms: 30,
  costPerThousand: 0.25,
};
const INTAKE = ['web-report', 'call-center', 'whatsapp-webhook'];
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

console.log(`Building bundles with infra/bundling.ts settings…`);
const bundles = await buildBundles(root, join(root, 'bench', '.out'));
console.log(`Cold imports: ${coldSamples} fresh processes per bundle…`);
const cold = measureColdImports(bundles, coldSamples);
const empty = cold.find((c) => c.name === EMPTY_HANDLER);
console.log(`Per-report AWS requests and CPU…`);
const costs = await measureReportCosts(quick ? 50 : 200);
const whatsappKms = await measureWhatsAppKms();
console.log(`Case view of a case with 1,000 timeline entries…`);
const caseView = await measureCaseView(quick ? 5 : 30);
console.log(`Warm latency: ${latencyRequests} requests per channel…`);
const latency = await measureLatency(latencyRequests);
const money = modelCosts(costs);
console.log(`Staff console: built client, first paint in chromium…`);
const consoleClient = await measureConsoleClient(quick ? 3 : 7);

const importingNode = execFileSync(IMPORTING_NODE, ['--version'], { encoding: 'utf8' }).trim();
const overEmpty = (name: string) => (cold.find((c) => c.name === name)?.medianMs ?? Number.NaN) - (empty?.medianMs ?? Number.NaN);
const bytesOf = (name: string) => bundles.find((b) => b.name === name)?.bytes ?? 0;
const bundleRow = (b: (typeof bundles)[number], goal: string) => {
  const c = cold.find((x) => x.name === b.name);
  const over = overEmpty(b.name);
  const ratio = (c?.medianMs ?? Number.NaN) / (empty?.medianMs ?? Number.NaN);
  const imported = c?.error ? `import failed: ${c.error}` : `${ms(c?.medianMs ?? 0)} / ${ms(c?.p90Ms ?? 0)}`;
  return `| ${b.name} | ${kb(b.bytes)} | ${imported} | ${ratio.toFixed(2)}× | +${ms(over)} | ${goal} | ${b.topInputs.map((i) => `${i.name} ${kb(i.bytes)}`).join(', ')} |`;
};
const goalColumn = (name: string) => {
  if (INTAKE.includes(name)) return verdict(intakeMeets(name));
  if (name.startsWith(FLOOR_PREFIX)) return 'floor';
  return name === WHATSAPP_WITHOUT_S3 || name === WEB_REPORT_WITHOUT_SOURCE_MAPS ? 'what if' : '—';
};
const listOrNone = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : 'none');
const intakeMeets = (name: string) => bytesOf(name) <= GOALS.bundleBytes && overEmpty(name) <= GOALS.coldOverEmptyMs;
const functionRows = bundles
  .filter((b) => b.name !== EMPTY_HANDLER)
  .map((b) => bundleRow(b, goalColumn(b.name)));
const sdkFloor = `${FLOOR_PREFIX}sdk-clients`;
const schemaFloor = `${FLOOR_PREFIX}report-schemas`;
const floorsOver = overEmpty(sdkFloor) + overEmpty(schemaFloor);
/** Two of the eight DynamoDB calls could go (see the analysis): a quarter of the SDK's share. */
const cpuWithoutTwoCalls = costs.cpuMsPerReportLocalKey - costs.sdkCpuMsPerReport / 4;
const webJson = latency.find((l) => l.scenario === 'web JSON report');
const report = `# Bench results

Run: ${new Date().toISOString()} on Node ${process.version}, ${process.platform}/${process.arch}; bundles imported by Node ${importingNode}\n(Lambda runs nodejs22.x on arm64; compare ratios, not absolute times).
Command: \`npm run bench${quick ? ' -- --quick' : ''}\`.

## Bundles and cold import
Same esbuild settings as the CDK app (\`infra/bundling.ts\`). Cold import = a fresh \`node\` process importing the
bundle, module init included (clients and config are created at module scope), with the deployed
\`NODE_OPTIONS=${LAMBDA_NODE_OPTIONS}\` (mapped stack traces: Node reads the bundle's map as it loads it; the
last row is the same web-report bundle without it: **${ms(overEmpty('web-report') - overEmpty(WEB_REPORT_WITHOUT_SOURCE_MAPS))}** is what source maps cost it); ${coldSamples} samples each,
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

## Staff console
The client as built for every deployment (\`shared/channels/staff-console/console-client-build.ts\`), inlined into
\`GET /staff\` (${kb(consoleClient.pageBytes)} in all); first paint: median of ${consoleClient.loads} loads of the page in chromium at 360×740 after one warm-up, each in a fresh context.

| measure | script raw | script gzip | first paint | first contentful paint |
| --- | --- | --- | --- | --- |
| staff console client | ${kb(consoleClient.scriptBytes)} | ${kb(consoleClient.scriptGzipBytes)} | ${ms(consoleClient.firstPaintMs)} | ${ms(consoleClient.firstContentfulPaintMs)} |

## Per report (through the cloud wiring; KMS and SNS counted at their client boundary)
| measure | value | goal |
| --- | --- | --- |
| KMS requests at cold start (module init) | ${costs.kmsAtColdStart} | 0 — ${verdict(costs.kmsAtColdStart === 0)} |
| KMS requests per named report | ${costs.kmsPerNamedReport} | ≤ ${GOALS.kmsPerReport} — ${verdict(costs.kmsPerNamedReport <= GOALS.kmsPerReport)} |
| KMS requests per anonymous report | ${costs.kmsPerAnonymousReport} | ≤ ${GOALS.kmsPerReport} |
| KMS requests for a retried submission | ${costs.kmsPerRetry} | |
| KMS requests per WhatsApp message (open and reseal the draft), most in a ${whatsappKms.messages}-message conversation | ${whatsappKms.maxPerMessage} | ≤ ${GOALS.kmsPerWhatsAppMessage} — ${verdict(whatsappKms.maxPerMessage <= GOALS.kmsPerWhatsAppMessage)} |
| KMS requests for the WhatsApp message that files a named report with a photo | ${whatsappKms.filingMessage} | draft 2 + report 2 |
| KMS requests for that whole conversation | ${whatsappKms.perConversation} | |
| DynamoDB calls of \`submitReport\` (the web's abuse counter adds one write before it) | ${costs.dynamoCallsPerReport} | |
| DynamoDB write units of \`submitReport\` (table; dynalite does not report GSIs) | ${costs.writeUnitsPerReport} | |
| DynamoDB read units of \`submitReport\` | ${costs.readUnitsPerReport} | |
| SNS publishes | ${costs.snsPublishesPerReport} | |
| \`submitReport\` CPU, warm, local key (median) | ${ms(costs.cpuMsPerReportLocalKey)} | ≤ ${GOALS.cpuMs} ms — ${verdict(costs.cpuMsPerReportLocalKey <= GOALS.cpuMs)} |
| of which inside the DynamoDB client (serialise, sign, HTTP, parse; median) | ${ms(costs.sdkCpuMsPerReport)} | |

## Case view (a case with ${caseView.entries.toLocaleString('en-US')} timeline entries, every one a sealed note)
| measure | value | bound |
| --- | --- | --- |
| KMS requests to open the case (details + newest page) | ${caseView.kmsPerView} | ≤ ${caseView.kmsBound} (\`MAX_KMS_REQUESTS_PER_CASE_VIEW\`) — ${verdict(caseView.kmsPerView <= caseView.kmsBound)} |
| KMS requests per older page | ${caseView.kmsPerOlderPage} | |
| case view, warm, median / p90 | ${ms(caseView.viewMedianMs)} / ${ms(caseView.viewP90Ms)} | |
| older page, warm, median | ${ms(caseView.olderPageMedianMs)} | |
| pages from the newest to the report | ${caseView.pages} | |

## Cost model (prices of ${PRICES.date}; see bench/cost-model.ts for sources and assumptions)
| item | per 1,000 reports (USD) |
| --- | --- |
${money.lines.map((l) => `| ${l.item} | ${l.perThousandReports.toFixed(4)} |`).join('\n')}
| **total excluding SMS** | **${money.perThousandReportsExcludingSms.toFixed(4)}** (goal ≤ ${GOALS.costPerThousand} — ${verdict(money.perThousandReportsExcludingSms <= GOALS.costPerThousand)}) |
| SMS to Indonesia (${ASSUMPTIONS.smsPerReport} per report) | ${money.perThousandReportsSms.toFixed(2)} |

One regency at ${ASSUMPTIONS.reportsPerRegencyYear} reports a year: fixed **$${money.fixedPerRegencyMonth.toFixed(2)}/month**
(${ASSUMPTIONS.kmsKeysPerRegency} KMS key, ${ASSUMPTIONS.secretsPerRegency} secret: its WhatsApp access token) + variable $${money.variablePerRegencyMonth.toFixed(2)}/month (almost all SMS).
Shared by all regencies: **$${money.fixedSharedMonth.toFixed(2)}/month** (${ASSUMPTIONS.sharedKmsKeys} core KMS key, ${ASSUMPTIONS.sharedSecrets} deployment secrets), plus CloudWatch alarms and log storage.

## Where the time goes, and why the missed goals stay missed
**Cold import.** In this run, met: ${listOrNone(INTAKE.filter(intakeMeets))}; missed: ${listOrNone(INTAKE.filter((name) => !intakeMeets(name)))}.
On this shared 2-core VM the same bundle measures up to ±10 ms apart from one run to the next, so a function
within that margin of +${GOALS.coldOverEmptyMs} ms sits at the edge of the goal, not safely under it. The two floors above are measured in this same run. The three AWS clients \`submitReport\`
needs, and nothing else, import in **+${ms(overEmpty(sdkFloor))}** (${kb(bytesOf(sdkFloor))}); zod with the report, tenant
and configuration schemas, and no AWS client, in **+${ms(overEmpty(schemaFloor))}** (${kb(bytesOf(schemaFloor))}). An intake
function needs both: **+${ms(floorsOver)}** before its own code, the logger, middy or its channel's extra client
(Secrets Manager for the web's abuse-limit key, S3 for WhatsApp media). Against the goal of +${GOALS.coldOverEmptyMs} ms that
leaves ${ms(GOALS.coldOverEmptyMs - floorsOver)} for everything else. Import time follows bytes of code parsed and run (about
${(floorsOver / ((bytesOf(sdkFloor) + bytesOf(schemaFloor)) / 1024)).toFixed(2)} ms per KB here), so what we could cut, we cut:
- the SDK's default credential chain is aliased to the env-only provider (Lambda passes credentials in
  variables): −118 KB per function (\`infra/bundling.ts\`);
- \`import * as z from 'zod'\`, never \`{ z }\` (all locales: +350 KB); the poster imports only the \`qrcode\`
  encoder (−38 KB); one cloud wiring module per function, so no function carries another's clients;
- no KMS, Secrets Manager or DynamoDB request at module init; date formatters built once.

What is left is not ours to cut without leaving the stack: each SDK v3 client brings its error classes,
operation schemas and protocol (SNS alone brings the AWS Query/XML codec), and zod 4's classic API brings its
JSON-schema processors with every schema type. \`zod/mini\` or hand-signed HTTP calls would save some of it at
the price of the handbook's libraries and of rewriting every schema in \`shared/\`.
What the S3 client costs WhatsApp (it stores photos and voice notes at once: Meta's media ids expire): the same bundle with S3 stubbed out (last row) is ${kb(bytesOf(WHATSAPP_WITHOUT_S3))} and +${ms(overEmpty(WHATSAPP_WITHOUT_S3))}, against
${kb(bytesOf('whatsapp-webhook'))} and +${ms(overEmpty('whatsapp-webhook'))}. Taking S3 out of the webhook means downloading media in another
function fed like the alert sweeper (a sparse index of pending media); the reporter would then no longer be
told at once when a file could not be saved, and the download would wait for the next run. We kept the
prompt download and the honest reply, and left that trade-off for its own issue.

**CPU per report.** Of the ${ms(costs.cpuMsPerReportLocalKey)} that \`submitReport\` takes, ${ms(costs.sdkCpuMsPerReport)} is spent inside the
DynamoDB client for its ${costs.dynamoCallsPerReport} calls (marshalling, SigV4 signing, HTTP, parsing; measured by a
middleware around each call) and ${ms(costs.cpuMsPerReportLocalKey - costs.sdkCpuMsPerReport)} in everything else: our validation,
triage, reference, envelope encryption with the local key and tracking code, plus the (mocked) SNS client.
The calls are what keeps a report from being lost or doubled: claim lookup, reference counter, claim, case,
delivery-record lookup, delivery record, and the read and write that mark the alert sent
(\`test/faults/web-intake-faults.test.ts\` injects a failure at each). Two could go (the delivery-record
lookup for a case this very call created, and the read before marking sent): about a quarter of the SDK's
share, leaving about ${ms(cpuWithoutTwoCalls)} against the goal of ${GOALS.cpuMs} ms${cpuWithoutTwoCalls > GOALS.cpuMs ? ', so the fault-tested sequence stays as it is' : ': worth doing'}. The SDK's
share is Node's and the SDK's work per request, the same on Lambda. The web JSON p99 goal, measured through
the same code: ${verdict((webJson?.p99Ms ?? Infinity) <= GOALS.webJsonP99Ms)}.
`;
// Appended sections, each in its own file, measured in this same run.
console.log(`Tracing at cold start, and yearly reads of a regency with ten years…`);
const appended = (await tracingCostSection(root, quick ? 3 : 11)) + (await yearlyReadsSection(quick ? 3 : 9));
writeFileSync(join(root, 'bench', 'RESULTS.md'), report + appended);
console.log(report + appended);
