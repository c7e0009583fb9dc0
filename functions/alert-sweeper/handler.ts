/**
 * Two event sources, one function (the only one that may open staff numbers):
 * - scheduled every minute: sends the outbox's pending alerts whose next attempt has come (with backoff),
 *   then publishes how many alerts are still pending, which the operations alarm watches, even when the
 *   sweep failed;
 * - the table's stream (filtered to case items with a pending alert): sends their handed-off alerts at once.
 */
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import * as z from 'zod';
import { createMetrics, lambdaObservability } from '#shared/observability/lambda-observability.js';
import {
  caseKeyOf,
  PendingAlertStreamBatch,
  type StreamBatchResponse,
} from '#shared/alerts/pending-alert-stream.js';
import type { AlertJobDependencies } from '#shared/alerts/ports.js';
import { ScheduledTick } from '#shared/alerts/scheduled-tick.js';
import { sendHandedOffAlerts } from '#shared/alerts/send-handed-off-alerts.js';
import { type SweepReport, sweepAlertOutbox } from '#shared/alerts/sweep-alert-outbox.js';
import { parseOrThrow } from '#shared/validation.js';

export const PENDING_ALERTS_METRIC_NAME = 'PendingAlerts';

// A tick's schema is loose: without `Records` excluded, a malformed stream batch would pass as a tick.
const AlertSweeperEvent = z.union([PendingAlertStreamBatch, ScheduledTick.extend({ Records: z.undefined().optional() })]);

export function createAlertSweeperHandler(deps: AlertJobDependencies, metrics: Metrics = createMetrics()) {
  return middy<unknown, SweepReport | StreamBatchResponse>()
    .use(lambdaObservability(metrics))
    .handler(async (event) => {
      const parsed = parseOrThrow(AlertSweeperEvent, event);
      if (parsed.Records) return sendFromStream(deps, parsed);
      try {
        return await sweepAlertOutbox(deps);
      } finally {
        // Added on every run, 0 included; logMetrics flushes it after failed runs too: the alarm reads missing
        // data as healthy.
        metrics.addMetric(PENDING_ALERTS_METRIC_NAME, MetricUnit.Count, await deps.outbox.countPendingAlerts());
      }
    });
}

async function sendFromStream(deps: AlertJobDependencies, batch: PendingAlertStreamBatch): Promise<StreamBatchResponse> {
  const records = batch.Records.filter((record) => record.eventName !== 'REMOVE');
  const { failedCases } = await sendHandedOffAlerts(deps, records.map(caseKeyOf));
  const failed = new Set(failedCases.map(({ tenantId, caseId }) => `${tenantId}#${caseId}`));
  return {
    batchItemFailures: records
      .filter((record) => {
        const { tenantId, caseId } = caseKeyOf(record);
        return failed.has(`${tenantId}#${caseId}`);
      })
      .map((record) => ({ itemIdentifier: record.dynamodb.SequenceNumber })),
  };
}
