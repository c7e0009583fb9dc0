/** Scheduled every minute: sends the outbox's pending alerts whose next attempt has come (with backoff). */
import middy from '@middy/core';
import type { AlertJobDependencies } from '#shared/alerts/ports.js';
import { ScheduledTick } from '#shared/alerts/scheduled-tick.js';
import { type SweepReport, sweepAlertOutbox } from '#shared/alerts/sweep-alert-outbox.js';
import { parseOrThrow } from '#shared/validation.js';

export function createAlertSweeperHandler(deps: AlertJobDependencies) {
  return middy<unknown, SweepReport>().handler(async (event) => {
    parseOrThrow(ScheduledTick, event);
    return sweepAlertOutbox(deps);
  });
}
