/**
 * The clocks of case work, as data. UU 12/2022 (TPKS) has the UPTD pass a sexual-violence report to the
 * police within 3 × 24 h of the report: the assignee is reminded at 48 h and the supervisors at 66 h,
 * unless a referral to the police was recorded or the victim declined it. A case plan's follow-up is
 * reminded on its day. Each reminder is an ordinary outbox alert; the case waits for the earliest one in
 * the sparse `caseworkDeadlines` schedule.
 */
import type { CaseAlerts } from '../alerts/ports.js';
import type { Category } from '../domain/vocabulary.js';
import type { CaseworkAlertEvent } from '../intake/ports.js';

const HOUR_MS = 3_600_000;
export const TPKS_POLICE_REFERRAL_HOURS = 72;
export const TPKS_REMIND_ASSIGNEE_AT_HOURS = 48;
export const TPKS_REMIND_SUPERVISORS_AT_HOURS = 66;
/** A follow-up's reminder goes out at this local hour of its day, not at midnight. */
export const FOLLOW_UP_REMINDER_LOCAL_HOUR = 7;

/** How the TPKS clock ended: a referral to the police, or the victim declined one (recorded with the consent). */
export interface PoliceReferralOutcome {
  readonly outcome: 'met' | 'declined';
  readonly at: string;
}

/** The case plan as the projection keeps it: the next step itself is sealed on the timeline. */
export interface PlanState {
  /** The regency's day of the next step. */
  readonly dueDate: string;
  /** When its reminder goes out (that day, FOLLOW_UP_REMINDER_LOCAL_HOUR local). */
  readonly remindAt: string;
  readonly setAt: string;
}

/** What the reminders of a case depend on. */
export interface CaseworkClockState {
  readonly category: Category;
  readonly createdAt: string;
  readonly policeReferral?: PoliceReferralOutcome;
  readonly plan?: PlanState;
  readonly alerts: CaseAlerts;
}

export function isSexualViolence(record: { readonly category: Category }): boolean {
  return record.category === 'kekerasan_seksual';
}

const hoursAfter = (at: string, hours: number) => new Date(Date.parse(at) + hours * HOUR_MS).toISOString();

/** When the police referral is due, for a sexual-violence case. */
export function policeReferralDueAt(record: { readonly category: Category; readonly createdAt: string }): string | undefined {
  return isSexualViolence(record) ? hoursAfter(record.createdAt, TPKS_POLICE_REFERRAL_HOURS) : undefined;
}

/** Each reminder the case has ahead, and when it is due. */
function reminders(state: CaseworkClockState): { event: CaseworkAlertEvent; at: string }[] {
  const ahead: { event: CaseworkAlertEvent; at: string }[] = [];
  if (isSexualViolence(state) && !state.policeReferral) {
    if (!state.alerts.tpksDue) ahead.push({ event: 'tpksDue', at: hoursAfter(state.createdAt, TPKS_REMIND_ASSIGNEE_AT_HOURS) });
    if (!state.alerts.tpksDueSupervisor) {
      ahead.push({ event: 'tpksDueSupervisor', at: hoursAfter(state.createdAt, TPKS_REMIND_SUPERVISORS_AT_HOURS) });
    }
  }
  const followUp = state.alerts.followUpDue;
  // A reminder reserved after the plan was set is this plan's; an older one was for an earlier plan.
  const reminded = followUp !== undefined && (followUp.sentAt ?? followUp.nextAttemptAt) >= (state.plan?.setAt ?? '');
  if (state.plan && !reminded) ahead.push({ event: 'followUpDue', at: state.plan.remindAt });
  return ahead;
}

/** The reminders due by `now`. */
export function dueReminders(state: CaseworkClockState, now: Date): CaseworkAlertEvent[] {
  const at = now.toISOString();
  return reminders(state)
    .filter((reminder) => reminder.at <= at)
    .map((reminder) => reminder.event);
}

/** When the case's next reminder is due; undefined: none ahead (out of the schedule). */
export function nextReminderAt(state: CaseworkClockState): string | undefined {
  return reminders(state)
    .map((reminder) => reminder.at)
    .sort()[0];
}
