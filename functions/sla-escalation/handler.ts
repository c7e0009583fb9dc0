/**
 * Scheduled: escalates cases still not assessed at their due time (on-call) and at 2 × SLA (supervisors),
 * then sends the case-work reminders that are due (TPKS police-referral clock, follow-ups).
 */
import middy from '@middy/core';
import { lambdaObservability } from '#shared/observability/lambda-observability.js';
import { type EscalationReport, escalateOverdueCases } from '#shared/alerts/escalate-overdue-cases.js';
import {
  type CaseworkReminderDependencies,
  type CaseworkReminderReport,
  remindCaseworkDeadlines,
} from '#shared/alerts/casework-reminders.js';
import { ScheduledTick } from '#shared/alerts/scheduled-tick.js';
import { parseOrThrow } from '#shared/validation.js';

export function createSlaEscalationHandler(deps: CaseworkReminderDependencies) {
  return middy<unknown, EscalationReport & CaseworkReminderReport>()
    .use(lambdaObservability())
    .handler(async (event) => {
      parseOrThrow(ScheduledTick, event);
      // The case-work reminders ride the same schedule; a failed escalation run must not skip them.
      const escalation = await escalateOverdueCases(deps).then(
        (report) => ({ report }),
        (error: unknown) => ({ error }),
      );
      const reminders = await remindCaseworkDeadlines(deps);
      if ('error' in escalation) throw escalation.error;
      return { ...escalation.report, ...reminders };
    });
}
