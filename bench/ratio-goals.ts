/**
 * Issue 23's goals, each a ratio or a count measured in the same run, so they mean the same on a busy VM
 * and on Lambda: printed by `npm run bench` and written at the top of bench/RESULTS.md.
 */
import type { BuiltBundle } from './bundles.js';
import {
  EMPTY_HANDLER,
  FLOOR_PREFIX,
  INTAKE_FUNCTIONS,
  WEB_FIRST_REPORT,
  WHATSAPP_FIRST_FILE,
  WHATSAPP_FIRST_MESSAGE,
  WITHOUT_TRACER_PREFIX,
} from './bundles.js';
import type { ColdImport } from './cold-import.js';
import type { ChannelLatency } from './latency.js';
import { STATUS_CHECK, WEB_JSON_REPORT } from './latency.js';
import type { ReportCosts } from './report-costs.js';
import { ms } from './stats.js';

export const RATIO_GOALS = {
  /** Cold-import overhead of an intake function over its floor's (both over the empty handler). */
  coldOverFloor: 1.15,
  dynamoCallsPerReport: 5,
  /** Warm web JSON report p99 over the status check's p99. */
  webJsonOverStatusP99: 3,
} as const;
/** Clients the reporter-facing GET pages must not load, and the S3 client a WhatsApp text must not. */
const SEALING_AND_ALERT_CLIENTS = ['@aws-sdk/client-kms', '@aws-sdk/client-sns', '@aws-sdk/client-s3'];

export interface Goal {
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
}

export interface GoalInputs {
  readonly bundles: readonly BuiltBundle[];
  readonly cold: readonly ColdImport[];
  readonly costs: ReportCosts;
  readonly latency: readonly ChannelLatency[];
}

/** Median cold import over the empty handler's, both from the same interleaved run. */
export function overEmpty(cold: readonly ColdImport[], name: string): number {
  const median = (of: string) => cold.find((c) => c.name === of)?.medianMs ?? Number.NaN;
  return median(name) - median(EMPTY_HANDLER);
}

export function evaluateGoals({ bundles, cold, costs, latency }: GoalInputs): Goal[] {
  const loads = (name: string, pkg: string) => bundles.find((b) => b.name === name)?.packages.includes(pkg) ?? true;
  const p99 = (scenario: string) => latency.find((l) => l.scenario === scenario)?.p99Ms ?? Number.NaN;
  const overFloor = (name: string, floorOf: string) => overEmpty(cold, name) / overEmpty(cold, FLOOR_PREFIX + floorOf);
  const coldGoal = (name: string, floorOf: string, goal: string): Goal => {
    const ratio = overFloor(name, floorOf);
    const untraced = overFloor(WITHOUT_TRACER_PREFIX + floorOf, floorOf);
    return {
      goal: `${goal} ≤ ${RATIO_GOALS.coldOverFloor}× its floor's`,
      measured:
        `${ratio.toFixed(2)}× (+${ms(overEmpty(cold, name))} over +${ms(overEmpty(cold, FLOOR_PREFIX + floorOf))})` +
        (name === floorOf ? `; without the tracer ${untraced.toFixed(2)}×` : ''),
      met: ratio <= RATIO_GOALS.coldOverFloor,
    };
  };
  const coldGoals = [
    ...INTAKE_FUNCTIONS.map((name) => coldGoal(name, name, `${name}: cold-import overhead`)),
    coldGoal(WEB_FIRST_REPORT, 'web-report', "web-report's first report in a container: cold import + the sealing chunk, overhead"),
    coldGoal(WHATSAPP_FIRST_MESSAGE, 'whatsapp-webhook', "whatsapp-webhook's first message in a container: cold import + the sealing chunk, overhead"),
  ];
  const getPageClients = SEALING_AND_ALERT_CLIENTS.filter((pkg) => loads('web-report', pkg));
  const webRatio = p99(WEB_JSON_REPORT) / p99(STATUS_CHECK);
  return [
    ...coldGoals,
    {
      goal: 'WhatsApp text message loads no S3 client (it comes with the first file)',
      measured: loads('whatsapp-webhook', '@aws-sdk/client-s3')
        ? 'S3 client in the loaded code'
        : `none loaded; the first file adds +${ms(overEmpty(cold, WHATSAPP_FIRST_FILE) - overEmpty(cold, 'whatsapp-webhook'))}`,
      met: !loads('whatsapp-webhook', '@aws-sdk/client-s3'),
    },
    {
      goal: 'reporter GET pages (form, status, darurat) load no KMS/SNS/S3 client',
      measured: getPageClients.length > 0 ? `web-report loads ${getPageClients.join(', ')}` : 'none loaded',
      met: getPageClients.length === 0,
    },
    {
      goal: `DynamoDB calls of \`submitReport\` ≤ ${RATIO_GOALS.dynamoCallsPerReport}`,
      measured: String(costs.dynamoCallsPerReport),
      met: costs.dynamoCallsPerReport <= RATIO_GOALS.dynamoCallsPerReport,
    },
    {
      goal: `web JSON report p99 ≤ ${RATIO_GOALS.webJsonOverStatusP99}× the status check's p99`,
      measured: `${webRatio.toFixed(2)}× (${ms(p99(WEB_JSON_REPORT))} / ${ms(p99(STATUS_CHECK))})`,
      met: webRatio <= RATIO_GOALS.webJsonOverStatusP99,
    },
  ];
}

export const verdict = (met: boolean) => (met ? 'met' : '**missed**');

export function goalsTable(goals: readonly Goal[]): string {
  return ['| goal | measured in this run | verdict |', '| --- | --- | --- |', ...goals.map((g) => `| ${g.goal} | ${g.measured} | ${verdict(g.met)} |`)].join('\n');
}
