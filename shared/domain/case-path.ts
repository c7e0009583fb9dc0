/**
 * The case path of a UPTD PPA (DOMAIN.md, Permen PPPA 2/2022) as a status machine:
 *
 *   diterima ──► asesmen ──► penanganan ◄──► rujukan
 *                   │            │              │
 *                   └────────────┴──► selesai ◄─┘   (terminasi | reintegrasi_sosial)
 *
 * - `diterima` is only ever the first status: every case is assessed before anything else happens, which
 *   is what the one-day promise measures (`assessedAt`), and nothing goes back to awaiting assessment.
 * - Handling and referral alternate freely: a victim referred to the police or a hospital comes back to
 *   the office's own handling (outreach, shelter, mediation, accompaniment are actions within it).
 * - `selesai` needs a closing reason. Straight after the assessment only `terminasi` fits (a consultation
 *   that needed nothing more, a report that turned out to be no case); `reintegrasi_sosial` ends handling.
 * - `selesai` is the path's end: a victim who comes back is a new report, with its own one-day clock. Closing
 *   is a supervisor's decision, and only a supervisor reopens a case closed in error, with a reason
 *   (shared/staff/case-closing.ts): that is not a step of this path.
 */
import * as z from 'zod';
import type { CaseStatus } from './vocabulary.js';

export const CLOSING_REASONS = ['terminasi', 'reintegrasi_sosial'] as const;
export const ClosingReason = z.enum(CLOSING_REASONS);
export type ClosingReason = z.infer<typeof ClosingReason>;

export const CLOSING_REASON_LABELS: Readonly<Record<ClosingReason, { id: string; en: string }>> = {
  terminasi: { id: 'Terminasi', en: 'Termination' },
  reintegrasi_sosial: { id: 'Reintegrasi sosial', en: 'Social reintegration' },
};

const NEXT_STATUSES: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  diterima: ['asesmen'],
  asesmen: ['penanganan', 'rujukan', 'selesai'],
  penanganan: ['rujukan', 'selesai'],
  rujukan: ['penanganan', 'selesai'],
  selesai: [],
};

/** The statuses a case may move to next. */
export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return NEXT_STATUSES[from];
}

/** The closing reasons allowed when a case in `from` is closed (empty when it cannot be closed). */
export function closingReasonsFrom(from: CaseStatus): readonly ClosingReason[] {
  if (!NEXT_STATUSES[from].includes('selesai')) return [];
  return from === 'asesmen' ? ['terminasi'] : CLOSING_REASONS;
}

export function isOpen(status: CaseStatus): boolean {
  return status !== 'selesai';
}

/** Whether `from -> to` (with this closing reason) is a step of the path. */
export function isAllowedTransition(from: CaseStatus, to: CaseStatus, closingReason?: ClosingReason): boolean {
  if (!NEXT_STATUSES[from].includes(to)) return false;
  if (to !== 'selesai') return closingReason === undefined;
  return closingReason !== undefined && closingReasonsFrom(from).includes(closingReason);
}
