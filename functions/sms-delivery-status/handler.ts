/**
 * Subscribed to SNS's SMS failure log group: each alert SMS a carrier did not deliver is recorded on its
 * alert, and the counts go out as metrics (the alarm itself watches SNS's log directly).
 */
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import { createMetrics, lambdaObservability } from '#shared/observability/lambda-observability.js';
import {
  type RecordedSmsFailure,
  recordSmsDeliveryFailure,
  type SmsFailureDependencies,
} from '#shared/alerts/record-sms-delivery-failure.js';
import { CloudWatchLogsEvent, smsDeliveryFailuresOf } from '#shared/alerts/sns-sms-delivery-status.js';
import { parseOrThrow } from '#shared/validation.js';

export type SmsDeliveryStatusReport = Readonly<Record<RecordedSmsFailure['outcome'], number>>;

export function createSmsDeliveryStatusHandler(deps: SmsFailureDependencies, metrics: Metrics = createMetrics()) {
  return middy<unknown, SmsDeliveryStatusReport>()
    .use(lambdaObservability(metrics))
    .handler(async (event) => {
      const failures = smsDeliveryFailuresOf(parseOrThrow(CloudWatchLogsEvent, event), deps.logger);
      const report = { recorded: 0, 'already-recorded': 0, 'unknown-message': 0 };
      for (const failure of failures) report[(await recordSmsDeliveryFailure(failure, deps)).outcome]++;
      metrics.addMetric('SmsFailuresRecordedOnAlerts', MetricUnit.Count, report.recorded);
      metrics.addMetric('SmsFailuresOfUnknownMessages', MetricUnit.Count, report['unknown-message']);
      return report;
    });
}
