/**
 * The one-day promise as data: a case still `diterima` at its dueAt is escalated to the on-call team, and
 * at twice its SLA (dueAt + SLA) to the supervisors. Both are ordinary outbox alerts, so they get retries
 * and deduplication like the first one.
 */
import type { AlertEvent, AlertOutboxEntry } from '../intake/ports.js';
import { reserveFirstAttempt } from './outbox-schedule.js';
import type { CaseAlerts, OutboxCase } from './ports.js';

export interface EscalationPlan {
  /** Events to enqueue now (both at once after a long outage of the job). */
  readonly events: readonly AlertEvent[];
  readonly alerts: CaseAlerts;
  /** Where the case goes in the SLA schedule: the supervisors' time, or out once both are enqueued. */
  readonly slaWatch: string | 'stop';
}

/** 2 × SLA after creation, from the case's own times: a later change of the tenant's SLA does not move it. */
export function supervisorEscalationAt(subject: Pick<OutboxCase, 'createdAt' | 'dueAt'>): string {
  const due = Date.parse(subject.dueAt);
  return new Date(due + (due - Date.parse(subject.createdAt))).toISOString();
}

/** What to enqueue for a case still awaiting assessment; undefined when nothing is due yet. */
export function planEscalation(current: OutboxCase, now: Date): EscalationPlan | undefined {
  const at = now.toISOString();
  const supervisorsAt = supervisorEscalationAt(current);
  const events: AlertEvent[] = [];
  if (!current.alerts.overdue && current.dueAt <= at) events.push('overdue');
  if (!current.alerts.overdueSupervisor && supervisorsAt <= at) events.push('overdueSupervisor');
  if (events.length === 0) return undefined;

  const alerts: Partial<Record<AlertEvent, AlertOutboxEntry>> = { ...current.alerts };
  for (const event of events) alerts[event] = reserveFirstAttempt(now);
  return { events, alerts, slaWatch: alerts.overdueSupervisor ? 'stop' : supervisorsAt };
}
