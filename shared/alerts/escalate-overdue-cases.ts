/**
 * The SLA job: every case still `diterima` past its due time gets its escalation enqueued (one
 * conditional write that also requires the status) and sent at once; assessed cases leave the schedule.
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

const MAX_TRIES = 3;

export async function escalateOverdueCases(
  deps: AlertJobDependencies,
  limit = JOB_BATCH_LIMIT,
): Promise<EscalationReport> {
  const now = deps.clock.now();
  let escalated = 0;
  let released = 0;
  for (const found of await deps.outbox.findCasesDueForEscalation(now.toISOString(), limit)) {
    const outcome = await escalateCase(deps, found, now);
    if (outcome === 'released') released++;
    else escalated += outcome.length;
  }
  if (escalated + released > 0) deps.logger.info('SLA escalation run', { escalated, released });
  return { escalated, released };
}

async function escalateCase(
  deps: AlertJobDependencies,
  found: OutboxCase,
  now: Date,
): Promise<readonly AlertEvent[] | 'released'> {
  let current: OutboxCase | undefined = found;
  for (let tries = 0; current && tries < MAX_TRIES; tries++) {
    if (current.status !== 'diterima') {
      await deps.outbox.stopSlaWatch(current);
      return 'released';
    }
    const plan = planEscalation(current, now);
    if (!plan) return [];
    // Fails when the case was assessed or its alerts changed since the read: then look again.
    const saved = await deps.outbox.saveAlerts(current, plan.alerts, {
      requireStatus: 'diterima',
      slaWatch: plan.slaWatch,
    });
    if (saved) {
      deps.logger.info('case escalated', { tenant: saved.tenantId, caseId: saved.caseId, events: plan.events });
      for (const event of plan.events) await publishCaseAlert({ ...deps, cases: deps.outbox }, saved, event);
      return plan.events;
    }
    current = await deps.outbox.findOutboxCase(found.tenantId, found.caseId);
  }
  return [];
}
