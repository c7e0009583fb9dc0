/**
 * The case list's order: open cases first, most urgent first (DARURAT, TINGGI, NORMAL), then by when
 * their assessment is due (the most overdue on top); closed cases after, newest first. Pure.
 */
import { URGENCIES, type Urgency } from '../domain/vocabulary.js';
import type { CaseSummary } from './ports.js';

/** Where an open case stands in the order: urgency rank, due time, case id (ties stay stable). */
export type OpenPosition = readonly [rank: number, dueAt: string, caseId: string];

const rankOf = (urgency: Urgency) => URGENCIES.indexOf(urgency);

export function openPosition(c: Pick<CaseSummary, 'urgency' | 'dueAt' | 'caseId'>): OpenPosition {
  return [rankOf(c.urgency), c.dueAt, c.caseId];
}

export function compareOpenPositions(a: OpenPosition, b: OpenPosition): number {
  return a[0] - b[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]);
}

/** Open cases in the list's order. */
export function inOpenOrder<C extends Pick<CaseSummary, 'urgency' | 'dueAt' | 'caseId'>>(cases: readonly C[]): C[] {
  return [...cases].sort((a, b) => compareOpenPositions(openPosition(a), openPosition(b)));
}
