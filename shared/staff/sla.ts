/** The one-day promise per case: a first assessment by `dueAt`. */
import type { CaseSummary } from './ports.js';

/**
 * - `awaiting`: not assessed, still in time (the console counts down);
 * - `overdue`: not assessed, past its due time;
 * - `met` / `missed`: assessed by / after its due time.
 */
export type SlaState = 'awaiting' | 'overdue' | 'met' | 'missed';

export function slaState(subject: Pick<CaseSummary, 'dueAt' | 'assessedAt'>, now: Date): SlaState {
  if (subject.assessedAt) return subject.assessedAt <= subject.dueAt ? 'met' : 'missed';
  return now.toISOString() <= subject.dueAt ? 'awaiting' : 'overdue';
}
