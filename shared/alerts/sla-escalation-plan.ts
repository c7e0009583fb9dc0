/**
 * The response promise as data: a case still `diterima` at its due time is escalated to the on-call team,
 * and at twice its tier's time to the supervisors (shared/domain/response-clock.ts). Both are ordinary
 * outbox alerts, so they get retries and deduplication like the first one.
 */
import { responseClockOf } from '../domain/response-clock.js';
import type { AlertEvent, AlertOutboxEntry } from '../intake/ports.js';
import { nextSlaEscalation, reserveFirstAttempt } from './outbox-schedule.js';
import type { CaseAlerts, OutboxCase } from './ports.js';

export interface EscalationPlan {
  /** Events to enqueue now (both at once after a long outage of the job). */
  readonly events: readonly AlertEvent[];
  readonly alerts: CaseAlerts;
  /** Where the case goes in the SLA schedule: the supervisors' time, or out once both are enqueued. */
  readonly slaWatch: string | 'stop';
}

/** What to enqueue for a case still awaiting assessment; undefined when nothing is due yet. */
export function planEscalation(current: OutboxCase, now: Date): EscalationPlan | undefined {
  const at = now.toISOString();
  // From the case's own times: a later change of the tenant's hours moves no case.
  const clock = responseClockOf(current);
  const events: AlertEvent[] = [];
  if (!current.alerts.overdue && clock.dueAt <= at) events.push('overdue');
  if (!current.alerts.overdueSupervisor && clock.supervisorsAt <= at) events.push('overdueSupervisor');
  if (events.length === 0) return undefined;

  const alerts: Partial<Record<AlertEvent, AlertOutboxEntry>> = { ...current.alerts };
  for (const event of events) alerts[event] = reserveFirstAttempt(now);
  return { events, alerts, slaWatch: nextSlaEscalation(clock, alerts) };
}
