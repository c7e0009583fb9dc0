/**
 * The acknowledgement chain as data. A DARURAT or TINGGI case gets the regency's window to be acknowledged
 * ("Saya tangani") at the report; unacknowledged at the end of it, the alert goes to the second person on
 * call (`chainSecond`), after another window to the supervisors (`chainSupervisors`). Both are outbox
 * alerts enqueued by the SLA job, so they are retried and deduplicated like every alert. Pure.
 */
import type { Urgency } from '../domain/vocabulary.js';
import type { AlertEvent, CaseRecord, ChainEvent } from '../intake/ports.js';
import type { Tenant } from '../tenancy/tenant.js';

export const CHAIN_EVENTS: readonly ChainEvent[] = ['chainSecond', 'chainSupervisors'];

export function isChainEvent(event: AlertEvent): event is ChainEvent {
  return (CHAIN_EVENTS as readonly AlertEvent[]).includes(event);
}

/** The window a new case gets: DARURAT and TINGGI only (the rest keep the SLA reminders alone). */
export function acknowledgeWindow(tenant: Pick<Tenant, 'acknowledgeMinutes'>, urgency: Urgency): Pick<CaseRecord, 'acknowledgeWithinMinutes'> {
  if (urgency === 'NORMAL') return {};
  return { acknowledgeWithinMinutes: tenant.acknowledgeMinutes[urgency] };
}

/** What the chain reads of a case. */
export interface ChainSubject {
  readonly createdAt: string;
  readonly slaStartedAt?: string;
  readonly acknowledgeWithinMinutes?: number;
  /** Set by the first acknowledgement: the chain stops. */
  readonly acknowledgedAt?: string;
}

const MINUTE_MS = 60_000;

/** When each chain step is due; empty when the case has no window or was acknowledged. */
export function chainTimes(subject: ChainSubject): Partial<Record<ChainEvent, string>> {
  const window = subject.acknowledgeWithinMinutes;
  if (!window || subject.acknowledgedAt) return {};
  const start = Date.parse(subject.slaStartedAt ?? subject.createdAt);
  return {
    chainSecond: new Date(start + window * MINUTE_MS).toISOString(),
    chainSupervisors: new Date(start + 2 * window * MINUTE_MS).toISOString(),
  };
}

/** Where a new case first sits in the SLA schedule: its due time or its first chain step, whichever is first. */
export function firstSlaWatch(record: Pick<CaseRecord, 'dueAt' | 'createdAt' | 'slaStartedAt' | 'acknowledgeWithinMinutes'>): string {
  const step = chainTimes(record).chainSecond;
  return step && step < record.dueAt ? step : record.dueAt;
}
