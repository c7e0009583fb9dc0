/**
 * The sweeper: sends every pending alert whose next attempt has come. Each attempt is first claimed with
 * one conditional write that also pushes the next attempt back (backoff), so concurrent sweepers never
 * publish the same attempt twice and a failure needs no further write. Never gives an alert up. One alert
 * whose case cannot be read or written never holds up the others: the run goes on and fails at its end.
 */
import type { AlertEvent, AlertOutboxEntry } from '../intake/ports.js';
import { publishCaseAlert } from '../intake/publish-case-alert.js';
import { isEscalation, isMoot } from './case-alert.js';
import { claimNextAttempt, dueEvents, JOB_BATCH_LIMIT } from './outbox-schedule.js';
import type { AlertJobDependencies, OutboxCase } from './ports.js';

export interface SweepReport {
  readonly sent: number;
  readonly failed: number;
  /** Escalations dropped because the case was assessed before they went out. */
  readonly cancelled: number;
}

/** Some due alerts could not be handled (a store error); every other one was. The next run retries them. */
export class AlertSweepIncompleteError extends Error {
  constructor(
    readonly failedAlerts: number,
    readonly report: SweepReport,
  ) {
    super(`${failedAlerts} due alert(s) could not be handled in this sweep`);
    this.name = new.target.name;
  }
}

/** Lost claims are retried against a fresh read a few times; then the next run takes over. */
const MAX_CLAIM_TRIES = 3;

export async function sweepAlertOutbox(deps: AlertJobDependencies, limit = JOB_BATCH_LIMIT): Promise<SweepReport> {
  const now = deps.clock.now();
  const report = { sent: 0, failed: 0, cancelled: 0 };
  let unhandled = 0;
  for (const found of await deps.outbox.findDueAlerts(now.toISOString(), limit)) {
    // Per event: a case may have its intake alert and an escalation pending at once.
    for (const event of dueEvents(found.alerts, now)) {
      try {
        const outcome = await retryAlert(deps, found, event, now);
        if (outcome) report[outcome]++;
      } catch (error) {
        unhandled++;
        deps.logger.error('due alert not handled', {
          tenant: found.tenantId,
          caseId: found.caseId,
          event,
          errorName: error instanceof Error ? error.name : 'unknown',
        });
      }
    }
  }
  if (report.sent + report.failed + report.cancelled + unhandled > 0) {
    deps.logger.info('alert outbox swept', { ...report, unhandled });
  }
  // Thrown only now, after every other due alert had its turn, so the function's error alarm still sees it.
  if (unhandled > 0) throw new AlertSweepIncompleteError(unhandled, report);
  return report;
}

/** Whether a pending alert may be sent now: by default when its next attempt has come (the sweep). */
export type SendableAlert = (entry: AlertOutboxEntry, now: Date) => boolean;
const isDue: SendableAlert = (entry, now) => entry.nextAttemptAt <= now.toISOString();

/** Claims one attempt of `event` (a conditional write) and publishes it; a lost claim is retried on a fresh read. */
export async function retryAlert(
  deps: AlertJobDependencies,
  found: OutboxCase,
  event: AlertEvent,
  now: Date,
  isSendable: SendableAlert = isDue,
): Promise<keyof SweepReport | undefined> {
  let current: OutboxCase | undefined = found;
  for (let tries = 0; current && tries < MAX_CLAIM_TRIES; tries++) {
    const entry = current.alerts[event];
    // Sent, cancelled or claimed by someone else since the index was read.
    if (entry?.state !== 'pending' || !isSendable(entry, now)) return undefined;

    if (isMoot(event, current)) {
      const cancelled = { ...entry, state: 'cancelled', cancelledAt: now.toISOString() } as const;
      if (await deps.outbox.saveAlerts(current, { ...current.alerts, [event]: cancelled })) return 'cancelled';
    } else {
      const claimed = claimNextAttempt(entry, now);
      const saved = await deps.outbox.saveAlerts(
        current,
        { ...current.alerts, [event]: claimed },
        isEscalation(event) ? { requireStatus: 'diterima' } : {},
      );
      if (saved) {
        const sent = await publishCaseAlert({ ...deps, cases: deps.outbox }, saved, event, claimed.attempts);
        return sent ? 'sent' : 'failed';
      }
    }
    current = await deps.outbox.findOutboxCase(found.tenantId, found.caseId);
  }
  return undefined;
}
