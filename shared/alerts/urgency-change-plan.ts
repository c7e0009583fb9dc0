/**
 * What a change of urgency by staff ("re-classify") does to a case's SLA clock and its escalations. Pure;
 * the classification endpoint of the case-work issue calls it and stores the result.
 *
 * - While the case awaits its first assessment (`diterima`), the clock starts again at the change, under the
 *   new tier: due after the new tier's hours, the supervisors after twice that. A NORMAL case made DARURAT
 *   after 20 h gets its on-call reminder 1 h after the change, not at once (no one missed a deadline that
 *   did not exist yet); a DARURAT case made NORMAL gets a new day.
 * - An escalation already sent stays sent and is not sent again (one SMS per case and event; the delivery
 *   log would skip a second anyway): a case whose on-call reminder went out gets only the supervisors'
 *   alert, at the new time.
 * - An escalation enqueued but not sent yet (SNS down) is dropped: its text names a deadline that no longer
 *   holds. The SLA job enqueues it again at the new time. (Were it being published at this very moment,
 *   the delivery log turns the re-enqueued one into no second SMS.)
 * - The intake alert (`received`) is left as it is: when it goes out it reads the case's new urgency.
 * - An assessed case keeps its clock: its SLA outcome was decided at the assessment. Only its urgency changes.
 *
 * How to store it (the classification endpoint): ONE conditional UpdateItem on the case item that sets
 * `urgency`, `dueAt`, `slaStartedAt` and `alerts`, bumps `alertsRevision` (conditioned on the revision read
 * and on status `diterima`), moves `slaSk` to `slaWatch` (`'stop'`: removes `slaPk`/`slaSk`) and the
 * outbox position to `nextOutboxAttempt(alerts)` — exactly what `DynamoAlertOutbox.saveAlerts` does with the
 * alerts and the SLA schedule, plus the three case fields. A lost condition means read again and re-plan.
 */
import { type ResponseHours, startResponseClock } from '../domain/response-clock.js';
import type { Urgency } from '../domain/vocabulary.js';
import type { AlertEvent, AlertOutboxEntry } from '../intake/ports.js';
import { isEscalation } from './case-alert.js';
import { nextSlaEscalation } from './outbox-schedule.js';
import type { CaseAlerts, OutboxCase } from './ports.js';

/** What the plan reads of the case. */
export type UrgencyChangeSubject = Pick<OutboxCase, 'urgency' | 'status' | 'alerts'>;

/** The case's new clock fields and alerts after the change. */
export interface UrgencyChangePlan {
  readonly urgency: Urgency;
  /** The moment of the change: the clock runs from here. */
  readonly slaStartedAt: string;
  readonly dueAt: string;
  /** Pending escalations dropped; sent ones (and the intake alert) kept. */
  readonly alerts: CaseAlerts;
  /** Where the case goes in the SLA schedule: its next escalation not yet enqueued, or out. */
  readonly slaWatch: string | 'stop';
}

/**
 * The new clock of a case whose urgency staff change to `urgency` at `now`, under the regency's `hours`
 * (`tenant.responseHours`). Undefined when the clock stays as it is: the urgency did not change, or the
 * case was already assessed (then the endpoint writes the urgency alone).
 */
export function planUrgencyChange(
  current: UrgencyChangeSubject,
  urgency: Urgency,
  hours: ResponseHours,
  now: Date,
): UrgencyChangePlan | undefined {
  if (current.status !== 'diterima' || current.urgency === urgency) return undefined;
  const clock = startResponseClock(hours, urgency, now.toISOString());
  const alerts: Partial<Record<AlertEvent, AlertOutboxEntry>> = {};
  for (const [event, entry] of Object.entries(current.alerts) as [AlertEvent, AlertOutboxEntry | undefined][]) {
    if (entry && !(isEscalation(event) && entry.state === 'pending')) alerts[event] = entry;
  }
  return {
    urgency,
    slaStartedAt: clock.startedAt,
    dueAt: clock.dueAt,
    alerts,
    slaWatch: nextSlaEscalation(clock, alerts),
  };
}
