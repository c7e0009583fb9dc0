/**
 * Scheduled every minute: sends the outbox's pending alerts whose next attempt has come (with backoff),
 * then publishes how many alerts are still pending, which the operations alarm watches, even when the sweep
 * failed.
 */
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import { createMetrics, lambdaObservability } from '#shared/observability/lambda-observability.js';
import type { AlertJobDependencies } from '#shared/alerts/ports.js';
import { ScheduledTick } from '#shared/alerts/scheduled-tick.js';
import { type SweepReport, sweepAlertOutbox } from '#shared/alerts/sweep-alert-outbox.js';
import { parseOrThrow } from '#shared/validation.js';

export const PENDING_ALERTS_METRIC_NAME = 'PendingAlerts';

export function createAlertSweeperHandler(deps: AlertJobDependencies, metrics: Metrics = createMetrics()) {
  return middy<unknown, SweepReport>()
    .use(lambdaObservability(metrics))
    .handler(async (event) => {
      parseOrThrow(ScheduledTick, event);
      try {
        return await sweepAlertOutbox(deps);
      } finally {
        // Added on every run, 0 included; logMetrics flushes it after failed runs too: the alarm reads missing
        // data as healthy.
        metrics.addMetric(PENDING_ALERTS_METRIC_NAME, MetricUnit.Count, await deps.outbox.countPendingAlerts());
      }
    });
}
