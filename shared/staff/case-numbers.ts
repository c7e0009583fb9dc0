/**
 * The office's numbers: cases per year, and for one year per month, category, channel, reporter role,
 * kecamatan, status and urgency, with the share of cases assessed in time, each case against its own tier's
 * due time (overall and per urgency), and from the latest assessment records SIMFONI-PPA's forms of violence,
 * places, victims' age bands and sexes and perpetrators' relations. Computed from the plaintext fields of the
 * tenant's cases of that year alone (the year index), and the other years' totals counted by DynamoDB: the
 * cost stays flat as the years pass.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { CASE_STATUSES, CATEGORIES, CHANNELS, URGENCIES, type Urgency } from '../domain/vocabulary.js';
import { REPORTER_ROLES } from '../intake/reporter-role.js';
import type { Tenant } from '../tenancy/tenant.js';
import { parseOrThrow } from '../validation.js';
import { categoriesOf } from './classification.js';
import { localDateOf, localPeriodSpan, localYearOf } from './local-dates.js';
import type { CaseSummary, ReportingYear, StaffDependencies } from './ports.js';
import { type SimfoniTable, simfoniTables } from './simfoni-dimensions.js';
import { slaState } from './sla.js';

/** Past this long after a year ended, no stored case can still join it: its total is kept for good. */
const LATE_INTAKE_MS = 31 * 24 * 3_600_000;

export const NumbersQuery = z.object({
  /** Calendar year in the regency's time zone; default: the current one. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** 1–12: narrows every breakdown but the per-year and per-month ones to that month of the year. */
  month: z.coerce.number().int().min(1).max(12).optional(),
});

export interface Count {
  /** A vocabulary code, `YYYY`, `YYYY-MM`, a kecamatan, or `""` when a report named none. */
  readonly key: string;
  readonly count: number;
}

/** Cases by SLA state, each measured by its own due time (its urgency tier's hours, see response-clock.ts). */
export interface SlaTally {
  readonly met: number;
  readonly missed: number;
  /** Not assessed and past due: counted as missed in the compliance share. */
  readonly overdue: number;
  /** Not assessed, still in time: not yet decided either way. */
  readonly awaiting: number;
  /** met / (met + missed + overdue), or null when nothing is decided yet. */
  readonly compliance: number | null;
}

export interface SlaNumbers extends SlaTally {
  /** The same per urgency tier (a DARURAT case is due within the hour, a NORMAL one within the day). */
  readonly perUrgency: readonly ({ readonly key: Urgency } & SlaTally)[];
}

export interface CaseNumbers {
  readonly year: number;
  readonly month?: number;
  readonly total: number;
  readonly perYear: readonly Count[];
  readonly perMonth: readonly Count[];
  readonly perCategory: readonly Count[];
  readonly perChannel: readonly Count[];
  /** Who reported: victim, family, witness, volunteer, staff (`""` for cases stored before roles were kept). */
  readonly perReporterRole: readonly Count[];
  readonly perKecamatan: readonly Count[];
  readonly perStatus: readonly Count[];
  readonly perUrgency: readonly Count[];
  readonly sla: SlaNumbers;
  /**
   * From the latest assessment record (SIMFONI-PPA's codes), `""` for cases not assessed yet: cases per form
   * of violence (a case under each of its forms), place, victim age band and sex, and alleged perpetrators
   * per relation to the victim (each perpetrator once).
   */
  readonly perFormOfViolence: readonly Count[];
  readonly perPlace: readonly Count[];
  readonly perVictimAgeBand: readonly Count[];
  readonly perVictimSex: readonly Count[];
  readonly perPerpetratorRelation: readonly Count[];
  /** Cases per service given (a case under each kind it received). */
  readonly perService: readonly Count[];
  /** SIMFONI-PPA's dimensions per case and per victim, with Indonesian labels (simfoni-dimensions.ts). */
  readonly simfoni: readonly SimfoniTable[];
}

export async function countCases(
  deps: Pick<StaffDependencies, 'cases' | 'clock'>,
  session: StaffSession,
  rawQuery: unknown,
): Promise<CaseNumbers> {
  const query = parseOrThrow(NumbersQuery, rawQuery ?? {});
  const now = deps.clock.now();
  const { id, timeZone } = session.tenant;
  const year = query.year ?? localYearOf(now, timeZone);
  const [cases, years] = await Promise.all([
    deps.cases.listSummariesCreatedBetween(id, localPeriodSpan(year, timeZone)),
    deps.cases.listReportingYears(id),
  ]);
  const otherYears = years.filter((other) => other.year !== year);
  const totals = await Promise.all(otherYears.map((other) => yearTotal(deps, id, timeZone, other, now)));
  const otherYearTotals = new Map(otherYears.map((other, index) => [other.year, totals[index] ?? 0]));
  return summariseCases(cases, session.tenant, year, now, query.month, otherYearTotals);
}

/**
 * A year's total: the one kept once the year was over, or counted; counted then kept when the year ended
 * long enough ago that no late intake (a retried message keeps its first attempt's time) can still add to it.
 */
async function yearTotal(
  deps: Pick<StaffDependencies, 'cases'>,
  tenantId: string,
  timeZone: string,
  counted: ReportingYear,
  now: Date,
): Promise<number> {
  if (counted.caseTotal !== undefined) return counted.caseTotal;
  const span = localPeriodSpan(counted.year, timeZone);
  const total = await deps.cases.countCasesCreatedBetween(tenantId, span);
  if (now.getTime() - Date.parse(span.before) >= LATE_INTAKE_MS) await deps.cases.recordYearTotal(tenantId, counted.year, total);
  return total;
}

/** Whether a case was reported in the period (local calendar), `month` 1–12 or the whole year. */
export function inPeriod(c: Pick<CaseSummary, 'createdAt'>, timeZone: string, year: number, month?: number): boolean {
  const period = month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
  return localDateOf(c.createdAt, timeZone).startsWith(period);
}

/**
 * Pure: every breakdown lists every known key, zeros included, so charts keep their shape. `otherYearTotals`:
 * the totals of years whose cases are not in `cases` (counted, not read).
 */
export function summariseCases(
  cases: readonly CaseSummary[],
  tenant: Tenant,
  year: number,
  now: Date,
  month?: number,
  otherYearTotals: ReadonlyMap<number, number> = new Map(),
): CaseNumbers {
  const zone = tenant.timeZone;
  const wholeYear = cases.filter((c) => inPeriod(c, zone, year));
  const selected = month === undefined ? wholeYear : wholeYear.filter((c) => inPeriod(c, zone, year, month));
  const years = new Set([year, ...cases.map((c) => localYearOf(c.createdAt, zone)), ...otherYearTotals.keys()]);
  const months = Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
  const kecamatan = [...tenant.kecamatan, ...(selected.some((c) => !c.kecamatan) ? [''] : [])];
  const roles = [...REPORTER_ROLES, ...(selected.some((c) => !c.reporterRole) ? [''] : [])];

  const simfoni = simfoniTables(selected);
  return {
    year,
    ...(month === undefined ? {} : { month }),
    total: selected.length,
    perYear: countBy(cases, [...years].sort().map(String), (c) => String(localYearOf(c.createdAt, zone))).map(({ key, count }) => ({
      key,
      count: count + (otherYearTotals.get(Number(key)) ?? 0),
    })),
    perMonth: countBy(wholeYear, months, (c) => localDateOf(c.createdAt, zone).slice(0, 7)),
    // A case corrected to several kinds of violence counts under each of them (as SIMFONI-PPA counts forms).
    perCategory: countBy(selected, CATEGORIES, categoriesOf),
    perChannel: countBy(selected, CHANNELS, (c) => c.channel),
    perReporterRole: countBy(selected, roles, (c) => c.reporterRole ?? ''),
    perKecamatan: countBy(selected, kecamatan, (c) => c.kecamatan ?? ''),
    perStatus: countBy(selected, CASE_STATUSES, (c) => c.status),
    perUrgency: countBy(selected, URGENCIES, (c) => c.urgency),
    sla: {
      ...tallySla(selected, now),
      perUrgency: URGENCIES.map((key) => ({ key, ...tallySla(selected.filter((c) => c.urgency === key), now) })),
    },
    ...countAssessments(simfoni),
    simfoni,
  };
}

/** The flat per-dimension counts kept for API users before `simfoni`: cases, or perpetrators where counted. */
function countAssessments(simfoni: readonly SimfoniTable[]) {
  const counts = (name: string): Count[] =>
    (simfoni.find((table) => table.name === name)?.rows ?? []).map((row) => ({ key: row.key, count: row.perpetrators ?? row.cases }));
  return {
    perFormOfViolence: counts('formOfViolence'),
    perPlace: counts('place'),
    perVictimAgeBand: counts('victimAgeBand'),
    perVictimSex: counts('victimSex'),
    perPerpetratorRelation: counts('perpetratorRelation'),
    perService: counts('service'),
  };
}

function tallySla(cases: readonly CaseSummary[], now: Date): SlaTally {
  const tally = { met: 0, missed: 0, overdue: 0, awaiting: 0 };
  for (const c of cases) tally[slaState(c, now)]++;
  const decided = tally.met + tally.missed + tally.overdue;
  return { ...tally, compliance: decided === 0 ? null : tally.met / decided };
}

/** `keyOf` may give a case several keys: it counts once under each. */
function countBy(
  cases: readonly CaseSummary[],
  keys: readonly string[],
  keyOf: (c: CaseSummary) => string | readonly string[],
): Count[] {
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const c of cases) {
    // A kecamatan renamed in the tenant config still counts, under its stored name.
    for (const key of [keyOf(c)].flat()) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count }));
}
