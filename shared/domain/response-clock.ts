/**
 * The response clock of a case: how long the office has for a first assessment follows the case's urgency
 * tier (regional SOPs under Permen PPPA 2/2022 serve high-risk cases at once, medium-risk within about six
 * hours; the offices promise one day for the rest). The on-call team is reminded at the due time, the
 * supervisors at twice the tier's time. The clock starts at the report, or again when staff change the
 * urgency.
 */
import type { Urgency } from './vocabulary.js';

/** Hours to the first assessment, per urgency tier: a regency's promise (`responseHours` of a tenant). */
export type ResponseHours = Readonly<Record<Urgency, number>>;

/** Immediately (within the hour), about six hours, and the offices' one day. */
export const DEFAULT_RESPONSE_HOURS = { DARURAT: 1, TINGGI: 6, NORMAL: 24 } as const satisfies ResponseHours;

export interface ResponseClock {
  /** The report, or the last change of urgency by staff. */
  readonly startedAt: string;
  /** The first assessment is due; the on-call team is reminded if it has not happened. */
  readonly dueAt: string;
  /** Twice the tier's time: the supervisors are alerted if the case is still not assessed. */
  readonly supervisorsAt: string;
}

/** What a stored case keeps of its clock. `slaStartedAt` is absent until staff change the urgency. */
export interface StoredClockFields {
  readonly createdAt: string;
  readonly dueAt: string;
  readonly slaStartedAt?: string;
}

const HOUR_MS = 3_600_000;

/** The one rule: due after the tier's time, the supervisors after twice that, both from the clock's start. */
function clockOf(startedAt: string, tierMs: number): ResponseClock {
  const start = Date.parse(startedAt);
  return {
    startedAt,
    dueAt: new Date(start + tierMs).toISOString(),
    supervisorsAt: new Date(start + 2 * tierMs).toISOString(),
  };
}

/** The clock a case gets for its tier under its regency's hours, started at `startedAt` (ISO). */
export function startResponseClock(hours: ResponseHours, urgency: Urgency, startedAt: string): ResponseClock {
  return clockOf(startedAt, Math.round(hours[urgency] * HOUR_MS));
}

/**
 * The clock of a stored case, from its own times: a later change of the regency's hours moves no case
 * (the reporter was already told its due time).
 */
export function responseClockOf(stored: StoredClockFields): ResponseClock {
  const startedAt = stored.slaStartedAt ?? stored.createdAt;
  return clockOf(startedAt, Date.parse(stored.dueAt) - Date.parse(startedAt));
}
