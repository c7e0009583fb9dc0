/**
 * The response promise as data: a case still `diterima` at its due time is escalated to the on-call team,
 * and at twice its tier's time to the supervisors (shared/domain/response-clock.ts). Both are ordinary
 * outbox alerts, so they get retries and deduplication like the first one.
 */
import { responseClockOf } from '../domain/response-clock.js';
import type { AlertEvent, AlertOutboxEntry } from '../intake/ports.js';
import { CHAIN_EVENTS, chainTimes } from '../oncall/acknowledge-chain.js';
import { nextSlaEscalation, reserveFirstAttempt } from './outbox-schedule.js';
import type { CaseAlerts, OutboxCase } from './ports.js';

export interface EscalationPlan {
  /** Events to enqueue now (both at once after a long outage of the job). */
  readonly events: readonly AlertEvent[];
  readonly alerts: CaseAlerts;
  /** Where the case goes in the SLA schedule: the supervisors' time, or out once both are enqueued. */
  readonly slaWatch: string | 'stop';
}

/**
 * What to enqueue for a case still awaiting assessment (no events: nothing is due, only its place in the
 * schedule moves, e.g. after an acknowledgement stopped the chain).
 */
export function planEscalation(current: OutboxCase, now: Date, withChain = false): EscalationPlan {
  const at = now.toISOString();
  // From the case's own times: a later change of the tenant's hours moves no case.
  const clock = responseClockOf(current);
  // Only a regency with a rota has a chain to move along.
  const chain = withChain ? chainTimes(current) : {};
  const events: AlertEvent[] = [];
  for (const event of CHAIN_EVENTS) {
    const due = chain[event];
    if (due && !current.alerts[event] && due <= at) events.push(event);
  }
  if (!current.alerts.overdue && clock.dueAt <= at) events.push('overdue');
  if (!current.alerts.overdueSupervisor && clock.supervisorsAt <= at) events.push('overdueSupervisor');

  const alerts: Partial<Record<AlertEvent, AlertOutboxEntry>> = { ...current.alerts };
  for (const event of events) alerts[event] = reserveFirstAttempt(now);
  return { events, alerts, slaWatch: nextWatch(nextSlaEscalation(clock, alerts), chain, alerts) };
}

/** The earlier of the next SLA escalation and the next chain step not yet enqueued. */
export function nextWatch(
  sla: string | 'stop',
  chain: Partial<Record<AlertEvent, string>>,
  alerts: Partial<Record<AlertEvent, AlertOutboxEntry>>,
): string | 'stop' {
  const times = CHAIN_EVENTS.flatMap((event) => (chain[event] && !alerts[event] ? [chain[event]] : []));
  if (sla !== 'stop') times.push(sla);
  return times.sort()[0] ?? 'stop';
}
