/**
 * The SLA job: every case still `diterima` past its due time gets its escalation enqueued (one
 * conditional write that also requires the status) and sent at once; assessed cases leave the schedule.
 * A case that cannot be read or written never holds up the others: the run goes on and fails at its end.
 */
import type { AlertEvent } from '../intake/ports.js';
import { publishCaseAlert } from '../intake/publish-case-alert.js';
import { JOB_BATCH_LIMIT } from './outbox-schedule.js';
import type { AlertJobDependencies, OutboxCase } from './ports.js';
import { planEscalation } from './sla-escalation-plan.js';

export interface EscalationReport {
  /** Escalation alerts enqueued (each sent now or by the sweeper later). */
  readonly escalated: number;
  /** Cases taken out of the schedule because they were assessed. */
  readonly released: number;
}

/** Some due cases could not be handled (a store error); every other one was. The next run retries them. */
export class EscalationRunIncompleteError extends Error {
  constructor(
    readonly failedCases: number,
    readonly report: EscalationReport,
  ) {
    super(`${failedCases} overdue case(s) could not be handled in this escalation run`);
    this.name = new.target.name;
  }
}

const MAX_TRIES = 3;

export async function escalateOverdueCases(
  deps: AlertJobDependencies,
  limit = JOB_BATCH_LIMIT,
): Promise<EscalationReport> {
  const now = deps.clock.now();
  let escalated = 0;
  let released = 0;
  let unhandled = 0;
  for (const found of await deps.outbox.findCasesDueForEscalation(now.toISOString(), limit)) {
    try {
      const outcome = await escalateCase(deps, found, now);
      if (outcome === 'released') released++;
      else escalated += outcome.length;
    } catch (error) {
      unhandled++;
      deps.logger.error('overdue case not handled', {
        tenant: found.tenantId,
        caseId: found.caseId,
        errorName: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
  if (escalated + released + unhandled > 0) deps.logger.info('SLA escalation run', { escalated, released, unhandled });
  // Thrown only now, after every other due case had its turn, so the function's error alarm still sees it.
  if (unhandled > 0) throw new EscalationRunIncompleteError(unhandled, { escalated, released });
  return { escalated, released };
}

async function escalateCase(
  deps: AlertJobDependencies,
  found: OutboxCase,
  now: Date,
): Promise<readonly AlertEvent[] | 'released'> {
  // The index's copy may be stale, and the case item itself may lag its history: decide on the case as it is.
  let current = await deps.outbox.findCurrentOutboxCase(found.tenantId, found.caseId);
  const withChain = (await deps.chains?.hasRota(found.tenantId)) ?? false;
  for (let tries = 0; current && tries < MAX_TRIES; tries++) {
    if (current.status !== 'diterima') {
      await deps.outbox.stopSlaWatch(current);
      return 'released';
    }
    const plan = planEscalation(current, now, withChain);
    // Fails when the case was assessed or its alerts changed since the read: then look again.
    const saved = await deps.outbox.saveAlerts(current, plan.alerts, {
      requireStatus: 'diterima',
      slaWatch: plan.slaWatch,
    });
    if (saved) {
      if (plan.events.length > 0) deps.logger.info('case escalated', { tenant: saved.tenantId, caseId: saved.caseId, events: plan.events });
      for (const event of plan.events) await publishCaseAlert({ ...deps, cases: deps.outbox }, saved, event);
      return plan.events;
    }
    current = await deps.outbox.findCurrentOutboxCase(found.tenantId, found.caseId);
  }
  return [];
}
