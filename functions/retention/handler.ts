/** Scheduled: destroys what the regencies' retention rules say is due (shared/pdp/apply-retention.ts). */
import middy from '@middy/core';
import { lambdaObservability } from '#shared/observability/lambda-observability.js';
import { ScheduledTick } from '#shared/alerts/scheduled-tick.js';
import { applyRetention, type RetentionReport } from '#shared/pdp/apply-retention.js';
import type { RetentionJobDependencies } from '#shared/pdp/ports.js';
import { parseOrThrow } from '#shared/validation.js';

export function createRetentionHandler(deps: RetentionJobDependencies) {
  return middy<unknown, RetentionReport>()
    .use(lambdaObservability())
    .handler(async (event) => {
      parseOrThrow(ScheduledTick, event);
      return applyRetention(deps);
    });
}
