/** Where a case change leaves the case in the case-work reminder schedule: at its next reminder, or out. */
import type { CaseChangeContent } from './case-change.js';
import { type CaseworkClockState, nextReminderAt } from './casework-clock.js';
import type { StaffCase } from './ports.js';

export function caseworkWatchAfter(
  current: StaffCase,
  changed: Partial<Pick<CaseworkClockState, 'policeReferral' | 'plan'>>,
): Pick<CaseChangeContent, 'set' | 'remove'> {
  const at = nextReminderAt({ ...current, ...changed });
  return at ? { set: { caseworkWatch: at } } : { remove: ['caseworkWatch'] };
}
