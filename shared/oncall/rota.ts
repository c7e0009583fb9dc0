/**
 * Who is on call when, in the regency's own time zone: a weekly pattern of shifts and one-off swaps (a
 * swap wins over the pattern while it lasts), each naming the first and, optionally, the second person of
 * the escalation chain; the supervisors come last. Pure: validation and the look-up of who is on call.
 */
import * as z from 'zod';
import { localDateTimeOf } from '../staff/local-dates.js';
import { PersonId } from './staff-person.js';

export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const WeekDay = z.enum(WEEK_DAYS);
export type WeekDay = z.infer<typeof WeekDay>;

const ClockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'jam HH:MM, contoh 19:00');
const LocalDateTime = z.string().regex(/^20[0-9]{2}-[01][0-9]-[0-3][0-9]T([01][0-9]|2[0-3]):[0-5][0-9]$/, 'tanggal dan jam, contoh 2026-11-23T19:00');

const Chain = { first: PersonId, second: PersonId.optional() };

/** A weekly shift: `to` at or before `from` runs past midnight into the next day (19:00–07:00). */
export const WeeklyShift = z.object({ day: WeekDay, from: ClockTime, to: ClockTime, ...Chain });
export type WeeklyShift = z.infer<typeof WeeklyShift>;

/** A one-off change ("tonight Sari takes over"), local date-times of the regency. */
export const RotaSwap = z.object({ from: LocalDateTime, to: LocalDateTime, ...Chain });
export type RotaSwap = z.infer<typeof RotaSwap>;

export const Rota = z.object({
  weekly: z.array(WeeklyShift).max(100),
  swaps: z.array(RotaSwap).max(100),
  supervisors: z.array(PersonId).max(50),
});
export type Rota = z.infer<typeof Rota>;

export const EMPTY_ROTA: Rota = { weekly: [], swaps: [], supervisors: [] };

const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A shift as minutes of the week, Monday 00:00 = 0; `end` may pass the week's end (Sunday night). */
function shiftSpan(shift: WeeklyShift): { start: number; end: number } {
  const start = WEEK_DAYS.indexOf(shift.day) * DAY_MINUTES + minutesOf(shift.from);
  const length = (minutesOf(shift.to) - minutesOf(shift.from) + DAY_MINUTES) % DAY_MINUTES;
  return { start, end: start + length };
}

/** A rule a rota breaks, as a field path and a text for people. */
export interface RotaProblem {
  readonly field: string;
  readonly issue: string;
}

/** Empty shifts, overlapping shifts or swaps, a swap that ends before it starts, the same person twice in a chain. */
export function rotaProblems(rota: Rota): RotaProblem[] {
  const problems: RotaProblem[] = [];
  const spans = rota.weekly.map(shiftSpan);
  rota.weekly.forEach((shift, index) => {
    if (shift.from === shift.to) problems.push({ field: `weekly.${index}`, issue: 'giliran kosong: jam mulai sama dengan jam selesai' });
    if (shift.second === shift.first) problems.push({ field: `weekly.${index}.second`, issue: 'orang kedua harus orang lain' });
  });
  for (let a = 0; a < spans.length; a++) {
    for (let b = a + 1; b < spans.length; b++) {
      if (spansOverlap(spans[a], spans[b])) problems.push({ field: `weekly.${b}`, issue: `giliran bertumpuk dengan giliran ke-${a + 1}` });
    }
  }
  rota.swaps.forEach((swap, index) => {
    if (swap.to <= swap.from) problems.push({ field: `swaps.${index}`, issue: 'tukar jaga kosong: selesai harus setelah mulai' });
    if (swap.second === swap.first) problems.push({ field: `swaps.${index}.second`, issue: 'orang kedua harus orang lain' });
    for (let other = 0; other < index; other++) {
      const earlier = rota.swaps[other];
      if (earlier && swap.from < earlier.to && earlier.from < swap.to) {
        problems.push({ field: `swaps.${index}`, issue: `tukar jaga bertumpuk dengan tukar jaga ke-${other + 1}` });
      }
    }
  });
  return problems;
}

function spansOverlap(a: { start: number; end: number } | undefined, b: { start: number; end: number } | undefined): boolean {
  if (!a || !b) return false;
  // The week is a circle: Sunday night's shift runs into Monday morning.
  return [-WEEK_MINUTES, 0, WEEK_MINUTES].some((shift) => a.start < b.end + shift && b.start + shift < a.end);
}

/** Every person a rota names. */
export function peopleNamedIn(rota: Rota): Set<string> {
  const ids = new Set(rota.supervisors);
  for (const { first, second } of [...rota.weekly, ...rota.swaps]) {
    ids.add(first);
    if (second) ids.add(second);
  }
  return ids;
}

/** The chain at one moment: nobody when no shift or swap covers it. */
export interface OnCallChain {
  readonly first?: string;
  readonly second?: string;
  readonly supervisors: readonly string[];
  /** What decided it. */
  readonly source: 'swap' | 'weekly' | 'nobody';
}

/** Who is on call at `instant` in `timeZone`. */
export function onCallAt(rota: Rota, instant: Date, timeZone: string): OnCallChain {
  const local = localDateTimeOf(instant.getTime(), timeZone).slice(0, 16);
  const swap = rota.swaps.find((candidate) => candidate.from <= local && local < candidate.to);
  if (swap) return { first: swap.first, second: swap.second, supervisors: rota.supervisors, source: 'swap' };
  const weekday = (new Date(`${local.slice(0, 10)}T00:00:00Z`).getUTCDay() + 6) % 7;
  const minute = weekday * DAY_MINUTES + minutesOf(local.slice(11, 16));
  const shift = rota.weekly.find((candidate) => {
    const span = shiftSpan(candidate);
    return [0, WEEK_MINUTES].some((shift) => span.start <= minute + shift && minute + shift < span.end);
  });
  if (shift) return { first: shift.first, second: shift.second, supervisors: rota.supervisors, source: 'weekly' };
  return { supervisors: rota.supervisors, source: 'nobody' };
}
