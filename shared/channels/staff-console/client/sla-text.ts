/** The one-day promise in words: a case's countdown, the tiers' hours, the year's share (pure). */
import type { Urgency } from '#shared/domain/vocabulary.js';
import type { SlaNumbers, SlaTally } from '#shared/staff/case-numbers.js';
import type { CaseListItem } from '#shared/staff/list-cases.js';
import { type SlaState, slaState } from '#shared/staff/sla.js';
import { formatDuration } from './format.js';
import type { Labels } from './labels.js';

/** Hours to the first assessment per urgency tier, as `GET /me` gives them. */
export type ResponseHours = Readonly<Record<Urgency, number>>;

const TIERS: readonly Urgency[] = ['DARURAT', 'TINGGI', 'NORMAL'];

/** Where a case stands against its due time, counting down while it waits for its assessment. */
export function slaText(c: Pick<CaseListItem, 'dueAt' | 'assessedAt'>, now: Date): { state: SlaState; text: string } {
  const state = slaState(c, now);
  const left = Date.parse(c.dueAt) - now.getTime();
  const text = {
    met: 'Asesmen tepat waktu',
    missed: 'Asesmen terlambat',
    awaiting: `Batas asesmen: sisa ${formatDuration(left)}`,
    overdue: `Lewat batas asesmen ${formatDuration(-left)}`,
  }[state];
  return { state, text };
}

/** `DARURAT 2 jam, Tinggi 6 jam, Normal 24 jam`. */
export function tierHoursText(hours: ResponseHours, labels: Labels): string {
  return TIERS.map((tier) => `${labels.text('urgency', tier)} ${hours[tier]} jam`).join(', ');
}

/** The walk-in form's promise: the chosen tier's hours, or every tier's while triage is to decide. */
export function walkInDeadlineText(hours: ResponseHours, urgency: Urgency | undefined, labels: Labels): string {
  return urgency
    ? `batas asesmen ${hours[urgency]} jam`
    : `batas asesmen menurut urgensi (${tierHoursText(hours, labels)})`;
}

/** The year's share of cases assessed in time, overall and per tier against that tier's hours. */
export function slaShareText(sla: SlaNumbers, hours: ResponseHours, labels: Labels): string {
  const perTier = sla.perUrgency
    .filter((tier) => tier.met + tier.missed + tier.overdue > 0)
    .map((tier) => `${labels.text('urgency', tier.key)} (${hours[tier.key]} jam) ${shareOf(tier)}`);
  const overall = `Asesmen dalam batas waktu: ${shareOf(sla)}`;
  return perTier.length ? `${overall}; ${perTier.join(', ')}.` : `${overall}.`;
}

function shareOf(tally: SlaTally): string {
  const decided = tally.met + tally.missed + tally.overdue;
  return tally.compliance === null ? 'belum ada kasus yang jatuh tempo' : `${Math.round(tally.compliance * 100)}% (${tally.met} dari ${decided})`;
}
