/** Scheduled: escalates cases still not assessed at their due time (on-call) and at 2 × SLA (supervisors). */
import middy from '@middy/core';
import { type EscalationReport, escalateOverdueCases } from '#shared/alerts/escalate-overdue-cases.js';
import type { AlertJobDependencies } from '#shared/alerts/ports.js';
import { ScheduledTick } from '#shared/alerts/scheduled-tick.js';
import { parseOrThrow } from '#shared/validation.js';

export function createSlaEscalationHandler(deps: AlertJobDependencies) {
  return middy<unknown, EscalationReport>().handler(async (event) => {
    parseOrThrow(ScheduledTick, event);
    return escalateOverdueCases(deps);
  });
}
