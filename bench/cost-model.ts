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
   * The intake alert and, on average, one escalation (at most three SMS a case). The tier clocks (DARURAT
   * 1 h, TINGGI 6 h) make escalations likelier than the one-day clock did, at night most of all.
   */
  smsPerReport: 2,
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
  const perThousandReportsSms = 1000 * a.smsPerReport * p.snsSmsIndonesiaPerMessage;
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
