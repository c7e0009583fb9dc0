/**
 * The response promise per case: a first assessment by its `dueAt`, which follows the case's urgency tier
 * (DARURAT within the hour by default, TINGGI six hours, NORMAL a day; shared/domain/response-clock.ts) and,
 * when staff changed the urgency, runs from that change. The console counts down to it.
 */
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
