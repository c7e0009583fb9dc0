/**
 * The case-work reminder job (run with the SLA escalation on its schedule): every case whose next
 * reminder is due (the TPKS police-referral clock at 48 h and 66 h, a follow-up's day) gets it enqueued in
 * the outbox and sent at once, and moves on in the sparse `caseworkDeadlines` schedule. A case that cannot
 * be handled never holds up the others: the run goes on and fails at its end.
 */
import type { AlertOutboxEntry, CaseworkAlertEvent } from '../intake/ports.js';
import { publishCaseAlert } from '../intake/publish-case-alert.js';
import { type CaseworkClockState, dueReminders, nextReminderAt } from '../staff/casework-clock.js';
import { JOB_BATCH_LIMIT, reserveFirstAttempt } from './outbox-schedule.js';
import type { AlertJobDependencies, CaseAlerts } from './ports.js';

/** A case's place in the reminder schedule. */
export interface CaseworkWatch {
  readonly tenantId: string;
  readonly caseId: string;
  /** The schedule's sort key as read: a move is conditional on it (a case change may have moved it). */
  readonly watchKey: string;
}

export interface CaseworkSchedule {
  /** Cases whose next reminder is due by `now` (eventually consistent index read). */
  findDueReminders(now: string, limit: number): Promise<CaseworkWatch[]>;
  /** What the case's reminders depend on (consistent read); undefined when there is no such case. */
  findClock(tenantId: string, caseId: string): Promise<CaseworkClockState | undefined>;
  /** Moves the case to `at` in the schedule, or out of it; nothing when a case change moved it meanwhile. */
  moveWatch(watch: CaseworkWatch, at: string | undefined): Promise<void>;
  /** Forgets the delivery of an earlier follow-up reminder, so the next plan's reminder is not taken for it. */
  forgetDelivery(tenantId: string, caseId: string, event: CaseworkAlertEvent): Promise<void>;
}

export interface CaseworkReminderDependencies extends AlertJobDependencies {
  readonly caseworkSchedule: CaseworkSchedule;
}

export interface CaseworkReminderReport {
  readonly reminded: number;
}

export class CaseworkReminderRunIncompleteError extends Error {
  constructor(readonly failedCases: number) {
    super(`${failedCases} case(s) could not be reminded in this run`);
    this.name = new.target.name;
  }
}

export async function remindCaseworkDeadlines(
  deps: CaseworkReminderDependencies,
  limit = JOB_BATCH_LIMIT,
): Promise<CaseworkReminderReport> {
  const now = deps.clock.now();
  let reminded = 0;
  let unhandled = 0;
  for (const watch of await deps.caseworkSchedule.findDueReminders(now.toISOString(), limit)) {
    try {
      reminded += await remindCase(deps, watch, now);
    } catch (error) {
      unhandled++;
      deps.logger.error('case-work reminder not handled', {
        tenant: watch.tenantId,
        caseId: watch.caseId,
        errorName: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
  if (reminded + unhandled > 0) deps.logger.info('case-work reminder run', { reminded, unhandled });
  if (unhandled > 0) throw new CaseworkReminderRunIncompleteError(unhandled);
  return { reminded };
}

async function remindCase(deps: CaseworkReminderDependencies, watch: CaseworkWatch, now: Date): Promise<number> {
  const [state, current] = await Promise.all([
    deps.caseworkSchedule.findClock(watch.tenantId, watch.caseId),
    deps.outbox.findOutboxCase(watch.tenantId, watch.caseId),
  ]);
  // A closed case needs no more reminders.
  if (!state || !current || current.status === 'selesai') {
    await deps.caseworkSchedule.moveWatch(watch, undefined);
    return 0;
  }
  const events = dueReminders({ ...state, alerts: current.alerts }, now);
  let alerts: CaseAlerts = current.alerts;
  if (events.length > 0) {
    const next: Partial<Record<CaseworkAlertEvent, AlertOutboxEntry>> = {};
    for (const event of events) next[event] = reserveFirstAttempt(now);
    if (events.includes('followUpDue') && current.alerts.followUpDue) {
      await deps.caseworkSchedule.forgetDelivery(watch.tenantId, watch.caseId, 'followUpDue');
    }
    // Fails when the alerts changed since the read: the case stays due, the next run looks again.
    const saved = await deps.outbox.saveAlerts(current, { ...current.alerts, ...next });
    if (!saved) return 0;
    alerts = saved.alerts;
    deps.logger.info('case-work reminders enqueued', { tenant: saved.tenantId, caseId: saved.caseId, events });
    for (const event of events) await publishCaseAlert({ ...deps, cases: deps.outbox }, saved, event);
  }
  await deps.caseworkSchedule.moveWatch(watch, nextReminderAt({ ...state, alerts }));
  return events.length;
}
