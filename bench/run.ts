/** `npm run bench`: bundle sizes, cold imports, warm latency per channel, per-report AWS counts, cost. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCaseView } from './case-view.js';
import {
  buildBundles,
  EMPTY_HANDLER,
  FLOOR_PREFIX,
  INTAKE_FUNCTIONS,
  LATER_PATHS,
  WEB_REPORT_WITHOUT_SOURCE_MAPS,
  WHATSAPP_FIRST_FILE,
  WITHOUT_TRACER_PREFIX,
} from './bundles.js';
import { measureConsoleClient } from './console-client.js';
import { IMPORTING_NODE, measureColdImports } from './cold-import.js';
import { LAMBDA_NODE_OPTIONS } from '../infra/bundling.js';
import { FUNCTION_CATALOG } from '../infra/function-catalog.js';
import { ASSUMPTIONS, modelCosts, modelScheduledJobs, PRICES, smsPerReport } from './cost-model.js';
import { measureLatency } from './latency.js';
import { evaluateGoals, goalsTable, overEmpty as overEmptyIn, RATIO_GOALS, verdict } from './ratio-goals.js';
import { measureReportCosts } from './report-costs.js';
import { kb, ms } from './stats.js';
import { measureWhatsAppKms } from './whatsapp-kms.js';
import { tracingCostSection } from './tracing-cost.js';
import { yearlyReadsSection } from './yearly-reads.js';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const coldSamples = quick ? 5 : 31;
const latencyRequests = quick ? 60 : 500;

/** Counts and money; issue 23's ratio goals are in ratio-goals.ts. */
const GOALS = {
  kmsPerReport: 2,
  kmsPerWhatsAppMessage: 2,
  costPerThousand: 0.25,
};
const INTAKE: readonly string[] = INTAKE_FUNCTIONS;

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
const overEmpty = (name: string) => overEmptyIn(cold, name);
const goals = evaluateGoals({ bundles, cold, costs, latency });
const goalMet = (prefix: string) => goals.find((g) => g.goal.startsWith(prefix))?.met ?? false;
const jobs = modelScheduledJobs(FUNCTION_CATALOG);
const jobsPerMonth = jobs.reduce((sum, job) => sum + job.perMonth, 0);
const bytesOf = (name: string) => bundles.find((b) => b.name === name)?.bytes ?? 0;
const bundleRow = (b: (typeof bundles)[number], goal: string) => {
  const c = cold.find((x) => x.name === b.name);
  const over = overEmpty(b.name);
  const ratio = (c?.medianMs ?? Number.NaN) / (empty?.medianMs ?? Number.NaN);
  const imported = c?.error ? `import failed: ${c.error}` : `${ms(c?.medianMs ?? 0)} / ${ms(c?.p90Ms ?? 0)}`;
  return `| ${b.name} | ${kb(b.bytes)} | ${imported} | ${ratio.toFixed(2)}× | +${ms(over)} | ${goal} | ${b.topInputs.map((i) => `${i.name} ${kb(i.bytes)}`).join(', ')} |`;
};
const goalColumn = (name: string) => {
  if (INTAKE.includes(name)) return `${(overEmpty(name) / overEmpty(FLOOR_PREFIX + name)).toFixed(2)}× — ${verdict(intakeMeets(name))}`;
  if (name.startsWith(FLOOR_PREFIX)) return 'floor';
  const later = LATER_PATHS.find((path) => path.name === name);
  if (later) return `later path: ${(overEmpty(name) / overEmpty(FLOOR_PREFIX + later.function)).toFixed(2)}×`;
  if (name.startsWith(WITHOUT_TRACER_PREFIX)) return `what if: ${(overEmpty(name) / overEmpty(name.replace(WITHOUT_TRACER_PREFIX, FLOOR_PREFIX))).toFixed(2)}×`;
  return name === WEB_REPORT_WITHOUT_SOURCE_MAPS ? 'what if' : '—';
};
const intakeMeets = (name: string) => goalMet(`${name}:`);
const listOrNone = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : 'none');
const functionRows = bundles
  .filter((b) => b.name !== EMPTY_HANDLER)
  .map((b) => bundleRow(b, goalColumn(b.name)));
const perBarePut = (cpuMs: number) => `${(cpuMs / costs.barePutCpuMs).toFixed(1)}×`;
const report = `# Bench results

Run: ${new Date().toISOString()} on Node ${process.version}, ${process.platform}/${process.arch}; bundles imported by Node ${importingNode}\n(Lambda runs nodejs22.x on arm64; compare ratios, not absolute times).
Command: \`npm run bench${quick ? ' -- --quick' : ''}\`.

## Goals (issue 23), each measured in this run
${goalsTable(goals)}

## Bundles and cold import
Same esbuild settings as the CDK app (\`infra/bundling.ts\`). Cold import = a fresh \`node\` process importing the
bundle, module init included (clients and config are created at module scope), with the deployed
\`NODE_OPTIONS=${LAMBDA_NODE_OPTIONS}\` (mapped stack traces: Node reads the bundle's map as it loads it; the
last row is the same web-report bundle without it: **${ms(overEmpty('web-report') - overEmpty(WEB_REPORT_WITHOUT_SOURCE_MAPS))}** is what source maps cost it); ${coldSamples} samples each,
interleaved (in another order each round) with an empty ESM handler: **${ms(empty?.medianMs ?? 0)}** median / ${ms(empty?.p90Ms ?? 0)} p90.

| function | minified (loaded) | import median / p90 | ratio to empty | over empty | intake: over its floor (≤ ${RATIO_GOALS.coldOverFloor}×) | largest inputs |
| --- | --- | --- | --- | --- | --- | --- |
${functionRows.join('\n')}

## Warm latency through the local runtime
${latencyRequests} sequential requests after 20 warm-ups, then throughput with 10 concurrent clients
(local API Gateway → real handler → embedded dynalite in the same process).

| scenario | p50 | p99 | throughput (10 clients) | statuses |
| --- | --- | --- | --- | --- |
${latency.map((l) => `| ${l.scenario} | ${ms(l.p50Ms)} | ${ms(l.p99Ms)} | ${l.throughputPerSecond.toFixed(0)}/s | ${l.statuses} |`).join('\n')}

Goal: warm web JSON report p99 ≤ ${RATIO_GOALS.webJsonOverStatusP99}× the status check's p99 — ${verdict(goalMet('web JSON'))}. The staff
rows are a supervisor's reads of the seeded case (its page with the newest timeline, its files' list) and the rota.

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
| KMS requests for the WhatsApp message that files a named report with a photo | ${whatsappKms.filingMessage} | draft 2 + report 2 + the chat's sealed recipient 1 |
| KMS requests for that whole conversation | ${whatsappKms.perConversation} | |
| DynamoDB calls of \`submitReport\` (the web's abuse counter adds one write before it) | ${costs.dynamoCallsPerReport} | ≤ ${RATIO_GOALS.dynamoCallsPerReport} — ${verdict(costs.dynamoCallsPerReport <= RATIO_GOALS.dynamoCallsPerReport)} |
| DynamoDB write units of \`submitReport\` (table; dynalite does not report GSIs) | ${costs.writeUnitsPerReport} | |
| DynamoDB read units of \`submitReport\` | ${costs.readUnitsPerReport} | |
| SNS publishes | ${costs.snsPublishesPerReport} | |
| bare \`PutItem\` of the stored case item (${kb(costs.caseItemBytes)}), same client, CPU (median): the unit below | ${ms(costs.barePutCpuMs)} | |
| \`submitReport\` CPU, warm, local key (median) | ${ms(costs.cpuMsPerReportLocalKey)} = ${perBarePut(costs.cpuMsPerReportLocalKey)} a bare put | |
| of which inside the DynamoDB client (serialise, sign, HTTP, parse; median) | ${ms(costs.sdkCpuMsPerReport)} = ${perBarePut(costs.sdkCpuMsPerReport)} a bare put (${costs.dynamoCallsPerReport} calls) | |

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
| SMS to Indonesia (${smsPerReport().toFixed(2)} per report: the first on call, escalations only when nobody acknowledged) | ${money.perThousandReportsSms.toFixed(2)} |

One regency at ${ASSUMPTIONS.reportsPerRegencyYear} reports a year: fixed **$${money.fixedPerRegencyMonth.toFixed(2)}/month**
(${ASSUMPTIONS.kmsKeysPerRegency} KMS key, ${ASSUMPTIONS.secretsPerRegency} secret: its WhatsApp access token) + variable $${money.variablePerRegencyMonth.toFixed(2)}/month (almost all SMS).
Shared by all regencies: **$${money.fixedSharedMonth.toFixed(2)}/month** (${ASSUMPTIONS.sharedKmsKeys} core KMS key, ${ASSUMPTIONS.sharedSecrets} deployment secrets) + **$${jobsPerMonth.toFixed(2)}/month** for the scheduled jobs, plus CloudWatch alarms and log storage.

SMS per report: ${ASSUMPTIONS.smsChain.firstStep} to the first person on call, one to the second for the ${(ASSUMPTIONS.smsChain.unacknowledgedAtSecondStep * 100).toFixed(0)} % of cases nobody
acknowledged within the tier's window, one to each of ${ASSUMPTIONS.smsChain.supervisorsPerRegency} supervisors for the ${(ASSUMPTIONS.smsChain.unacknowledgedAtSupervisors * 100).toFixed(0)} % still unacknowledged
(assumed shares; before the chain every case averaged 2 SMS: the intake alert and one escalation).

| scheduled job (infra/function-catalog.ts) | every | runs / month | USD / month (idle run: Lambda, request, queries, logs) |
| --- | --- | --- | --- |
${jobs.map((job) => `| ${job.name} | ${job.everyMinutes} min | ${job.runsPerMonth.toLocaleString('en-US')} | ${job.perMonth.toFixed(4)} |`).join('\n')}

## Where the time goes, and what the missed goals would take
**Cold import against each function's own floor.** A floor (\`bench/floors/<function>.ts\`) is the AWS clients and
zod schemas the function cannot work without, created at module scope as the wiring does, and nothing else:
for every intake function the DynamoDB document client, KMS (sealing) and SNS (the alert) with the report, tenant
and configuration schemas; web-report adds Secrets Manager (the client-address key of the abuse limits) and the
abuse configuration; call-center the call transcript's schema; the WhatsApp webhook's text path Secrets Manager
(app secret, verify token, blind-index key) and the webhook, conversation and configuration schemas, but no S3.
What a function imports over its floor is its own code (\`shared/\`), middy and the Powertools logger, metrics
and tracer (with the X-Ray SDK; its one use of \`semver\`, the AWS SDK v2 patcher, is stubbed out of the bundles:
\`shared/wiring/lambda-semver.ts\`). Web-report and the WhatsApp webhook no longer import KMS and SNS (web-report
nor Secrets Manager) at cold start: \`shared/wiring/lazy-sealing.ts\` loads them as a chunk with the first request
that seals, alerts or keys an address, so a reporter's page, a status check and Meta's status callbacks never pay
for them; web-report's poster (the QR encoder) is a chunk too. The "first report" and "first message" rows are
what a container pays once a reporter writes (cold import + that chunk), against the same floor, and are goals of
their own above. In this run, met: ${listOrNone(goals.filter((g) => g.goal.includes('overhead') && g.met).map((g) => g.goal.split(':')[0] ?? ''))};
missed: ${listOrNone(goals.filter((g) => g.goal.includes('overhead') && !g.met).map((g) => g.goal.split(':')[0] ?? ''))}.

Import time follows the bytes parsed and run (about ${(overEmpty(`${FLOOR_PREFIX}web-report`) / (bytesOf(`${FLOOR_PREFIX}web-report`) / 1024)).toFixed(2)} ms per KB for the web-report floor here), so a
function within ${RATIO_GOALS.coldOverFloor}× carries at most ${((RATIO_GOALS.coldOverFloor - 1) * 100).toFixed(0)} % of its floor's weight as its own. The largest single part over
the floors is the tracer: the "what if, no tracer" rows are the same functions with
\`@aws-lambda-powertools/tracer\` stubbed out, ${INTAKE.map((name) => `${name} ${kb(bytesOf(name) - bytesOf(WITHOUT_TRACER_PREFIX + name))} and ${ms(overEmpty(name) - overEmpty(WITHOUT_TRACER_PREFIX + name))} lighter`).join(', ')}
(${INTAKE.map((name) => `${(overEmpty(WITHOUT_TRACER_PREFIX + name) / overEmpty(FLOOR_PREFIX + name)).toFixed(2)}×`).join(', ')} of their floors without it).
What the misses would take: tracing the AWS calls without loading aws-xray-sdk-core and cls-hooked at cold
start, e.g. a small SDK middleware that sends X-Ray subsegment documents to the Lambda X-Ray daemon over UDP
(our own code in place of a well-kept library: a trade to decide, not to slip in). Code splitting has done what
it can: what remains on the cold path is what every request runs (routing, validation, the stores, the
observability middleware). A function whose every request seals (call-center) has no later path to move KMS to.

**WhatsApp media.** The S3 client is a chunk loaded with the first file a container receives
(\`shared/media/lazy-media-store.ts\`): the text path loads ${kb(bytesOf('whatsapp-webhook'))}, the first file adds
${kb(bytesOf(WHATSAPP_FIRST_FILE) - bytesOf('whatsapp-webhook'))} and +${ms(overEmpty(WHATSAPP_FIRST_FILE) - overEmpty('whatsapp-webhook'))} once per container. Files are still downloaded at
once (Meta's media ids expire) and the reporter still told at once when one could not be saved.

**Round trips per report.** \`submitReport\` now makes ${costs.dynamoCallsPerReport} DynamoDB calls: the claim (a conditional put with no
lookup first: a retry, or a concurrent first attempt, finds the earlier claim through the refused put and one
consistent read), the reference counter (numbered only by the attempt that goes on to create the case: a
crash or a lost race leaves a gap, never a duplicate; the reference lives on the case and retries answer
with it), the case's key material, the case, and the mark-sent write, which keeps SNS's message id on the
case item (index \`byMessageId\`: a carrier's refusal finds the case by it). Gone without weakening a
guarantee (every fault matrix in \`test/faults/\` passes with the shorter step lists): the claim lookup, the
key-material lookup for a case id this very call made, the delivery-record lookup for an alert that cannot
have been sent, the read before marking sent, the rota read (the hand-off to the sweeper asks the cached
tenant item, flagged by every rota save: \`shared/alerts/sweeper-hand-off.ts\`) and the delivery record,
now written only when marking sent fails (it then stops the sweeper's retry from sending a second SMS). The
price: the index projects every attribute, so each later write of a case item that carries \`messageId\`
also writes its index copy (about one write unit per KB of the item).

**CPU per report.** Of the ${ms(costs.cpuMsPerReportLocalKey)} (${perBarePut(costs.cpuMsPerReportLocalKey)} a bare put of the same item) that \`submitReport\` takes, ${ms(costs.sdkCpuMsPerReport)}
(${perBarePut(costs.sdkCpuMsPerReport)}) is spent inside the DynamoDB client for its ${costs.dynamoCallsPerReport} calls (marshalling, SigV4 signing, HTTP,
parsing; a middleware around each call) and ${ms(costs.cpuMsPerReportLocalKey - costs.sdkCpuMsPerReport)} in everything else: validation, triage, reference,
envelope encryption with the local key, tracking code, the (mocked) SNS client. The SDK's share is about one
bare put per call: fewer calls is the lever, not faster code around them.
`;
// Appended sections, each in its own file, measured in this same run.
console.log(`Tracing at cold start, and yearly reads of a regency with ten years…`);
const appended = (await tracingCostSection(root, quick ? 3 : 11)) + (await yearlyReadsSection(quick ? 3 : 9));
writeFileSync(join(root, 'bench', 'RESULTS.md'), report + appended);
console.log(report + appended);
