/**
 * A cost model from measured counts and public AWS list prices. Prices are US East (N. Virginia) list
 * prices as published in the AWS pricing pages (read 2026-11); Asia Pacific (Jakarta) is typically
 * 10–25 % higher for compute and requests. SMS to Indonesia varies by carrier and sender registration:
 * check the AWS End User Messaging SMS pricing page before budgeting.
 */
import type { ReportCosts } from './report-costs.js';

export const PRICES = {
  date: '2026-11',
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  httpApiPerMillionRequests: 1.0,
  dynamoOnDemandPerMillionWrites: 0.625,
  dynamoOnDemandPerMillionReads: 0.125,
  dynamoStoragePerGbMonth: 0.25,
  kmsPerKeyMonth: 1.0,
  kmsPer10kRequests: 0.03,
  secretsManagerPerSecretMonth: 0.4,
  snsSmsIndonesiaPerMessage: 0.36,
  cloudWatchLogsPerGbIngested: 0.5,
} as const;

/** Assumptions for one report's journey (measured counts come from ReportCosts). */
export const ASSUMPTIONS = {
  lambdaMemoryGb: 0.5,
  /** Billed duration per request: warm p50 of the local bench rounded up, plus cold starts for a quiet regency. */
  lambdaBilledSecondsPerRequest: 0.25,
  /** Requests per report: the form page, the submission, a later status check. */
  httpRequestsPerReport: 3,
  /** GSI writes dynalite does not report: byReference, pendingAlerts (add + remove), awaitingAssessment. */
  gsiWriteUnitsPerReport: 4,
  /** Abuse-limit counters outside `submitReport`: the submission's and the status check's. */
  abuseCounterWritesPerReport: 2,
  logBytesPerReport: 4096,
  /**
   * SMS per case with the acknowledgement chain (shared/oncall): the intake SMS goes to the first person on
   * call; the second person gets one only if nobody acknowledged ("Saya tangani") within the tier's window,
   * the supervisors only if still nobody did. Shares of cases escalated are assumptions, not measurements:
   * replace them with the regency's numbers once `acknowledgedAt` has a few months of history.
   */
  smsChain: { firstStep: 1, unacknowledgedAtSecondStep: 0.2, unacknowledgedAtSupervisors: 0.05, supervisorsPerRegency: 2 },
  /**
   * Scheduled jobs (infra/function-catalog.ts `schedule`): billed time of one run that finds nothing or
   * little to do, warm (a job that runs every minute rarely starts cold), and the DynamoDB queries of a run
   * (alert sweeper: the pending-alerts index; SLA escalation: the awaiting-assessment index and the casework
   * reminders' index; retention: the due-for-retention index), each an eventually consistent read of
   * under 4 KB (half a read unit).
   */
  jobBilledSecondsPerRun: 0.1,
  jobQueriesPerRun: { 'alert-sweeper': 1, 'sla-escalation': 2, retention: 1 } as Readonly<Record<string, number>>,
  jobLogBytesPerRun: 400,
  /**
   * Per regency: its KMS key, and the access token of its WhatsApp number (none without WhatsApp; a second
   * secret only when its number sits in another Meta app). Shared by the deployment: see `sharedSecrets`.
   */
  kmsKeysPerRegency: 1,
  secretsPerRegency: 1,
  /** Meta app secret, webhook verify token, blind-index key, client-address key (infra/constructs/product-secrets.ts). */
  sharedSecrets: 4,
  /** The core key (table, operations topic). */
  sharedKmsKeys: 1,
  reportsPerRegencyYear: 100,
} as const;

/** SMS per case: the first step always, later steps only for the cases nobody acknowledged in time. */
export function smsPerReport(chain: (typeof ASSUMPTIONS)['smsChain'] = ASSUMPTIONS.smsChain): number {
  return chain.firstStep + chain.unacknowledgedAtSecondStep + chain.unacknowledgedAtSupervisors * chain.supervisorsPerRegency;
}

export interface ScheduledJobCost {
  readonly name: string;
  readonly everyMinutes: number;
  readonly runsPerMonth: number;
  readonly perMonth: number;
}

/** What the scheduled jobs cost a deployment per month, whatever the number of reports (30-day month). */
export function modelScheduledJobs(
  jobs: readonly { readonly name: string; readonly memoryMb: number; readonly schedule?: { readonly everyMinutes: number } }[],
): ScheduledJobCost[] {
  const p = PRICES;
  const a = ASSUMPTIONS;
  return jobs.flatMap(({ name, memoryMb, schedule }) => {
    if (!schedule) return [];
    const runsPerMonth = (30 * 24 * 60) / schedule.everyMinutes;
    const perRun =
      (memoryMb / 1024) * a.jobBilledSecondsPerRun * p.lambdaArmPerGbSecond +
      p.lambdaPerMillionRequests / 1e6 +
      ((a.jobQueriesPerRun[name] ?? 1) * 0.5 * p.dynamoOnDemandPerMillionReads) / 1e6 +
      (a.jobLogBytesPerRun * p.cloudWatchLogsPerGbIngested) / 1024 ** 3;
    return [{ name, everyMinutes: schedule.everyMinutes, runsPerMonth, perMonth: runsPerMonth * perRun }];
  });
}

export interface CostModel {
  readonly perThousandReportsExcludingSms: number;
  readonly perThousandReportsSms: number;
  readonly fixedPerRegencyMonth: number;
  /** Once per deployment, whatever the number of regencies. */
  readonly fixedSharedMonth: number;
  readonly variablePerRegencyMonth: number;
  readonly lines: readonly { readonly item: string; readonly perThousandReports: number }[];
}

export function modelCosts(counts: ReportCosts): CostModel {
  const p = PRICES;
  const a = ASSUMPTIONS;
  const lines = [
    {
      item: 'Lambda compute (arm64)',
      perThousandReports: 1000 * a.httpRequestsPerReport * a.lambdaMemoryGb * a.lambdaBilledSecondsPerRequest * p.lambdaArmPerGbSecond,
    },
    { item: 'Lambda requests', perThousandReports: (1000 * a.httpRequestsPerReport * p.lambdaPerMillionRequests) / 1e6 },
    { item: 'HTTP API requests', perThousandReports: (1000 * a.httpRequestsPerReport * p.httpApiPerMillionRequests) / 1e6 },
    {
      item: 'DynamoDB writes (table + GSIs)',
      perThousandReports: (1000 * (counts.writeUnitsPerReport + a.gsiWriteUnitsPerReport + a.abuseCounterWritesPerReport) * p.dynamoOnDemandPerMillionWrites) / 1e6,
    },
    { item: 'DynamoDB reads', perThousandReports: (1000 * counts.readUnitsPerReport * p.dynamoOnDemandPerMillionReads) / 1e6 },
    { item: 'KMS requests', perThousandReports: (1000 * counts.kmsPerNamedReport * p.kmsPer10kRequests) / 1e4 },
    { item: 'CloudWatch Logs', perThousandReports: (1000 * a.logBytesPerReport * p.cloudWatchLogsPerGbIngested) / 1024 ** 3 },
  ];
  const perThousandReportsExcludingSms = lines.reduce((sum, line) => sum + line.perThousandReports, 0);
  const perThousandReportsSms = 1000 * smsPerReport() * p.snsSmsIndonesiaPerMessage;
  const reportsPerMonth = a.reportsPerRegencyYear / 12;
  return {
    perThousandReportsExcludingSms,
    perThousandReportsSms,
    fixedPerRegencyMonth: a.kmsKeysPerRegency * p.kmsPerKeyMonth + a.secretsPerRegency * p.secretsManagerPerSecretMonth,
    fixedSharedMonth: a.sharedKmsKeys * p.kmsPerKeyMonth + a.sharedSecrets * p.secretsManagerPerSecretMonth,
    variablePerRegencyMonth: (reportsPerMonth / 1000) * (perThousandReportsExcludingSms + perThousandReportsSms),
    lines,
  };
}
