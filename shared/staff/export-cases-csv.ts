/**
 * The yearly export for the office's own reporting (and re-entry into SIMFONI-PPA): one row per case,
 * routing fields and SLA outcome only. Never the sealed parts, notes, assignees or anything a reporter
 * typed: the file leaves the system and lands in spreadsheets and e-mail. Timestamps are the regency's
 * wall-clock time with its offset; SIMFONI-PPA's dimensions come as Indonesian labels (`;` between several,
 * perpetrators in the order recorded, "Belum diasesmen" before the assessment).
 */
import type { StaffSession } from '../auth/authenticate-staff.js';
import type { Tenant } from '../tenancy/tenant.js';
import { parseOrThrow } from '../validation.js';
import { NumbersQuery } from './case-numbers.js';
import { categoriesOf } from './classification.js';
import { localDateOf, localPeriodSpan, localTimestampOf } from './local-dates.js';
import type { CaseSummary, StaffDependencies } from './ports.js';
import { SIMFONI_DIMENSIONS, simfoniLabel } from './simfoni-dimensions.js';
import { slaState } from './sla.js';

type Column = readonly [string, (c: CaseSummary, tenant: Tenant, now: Date) => string];

const local = (instant: string | undefined, tenant: Tenant) => (instant ? localTimestampOf(instant, tenant.timeZone) : '');

const SIMFONI_COLUMNS = SIMFONI_DIMENSIONS.map(
  (dimension): Column => [
    dimension.csvColumn,
    (c) => (dimension.codesOf(c) ?? ['']).map((code) => simfoniLabel(dimension, code)).join('; '),
  ],
);

const COLUMNS: readonly Column[] = [
  ['reference', (c) => c.reference],
  ['created_at', (c, tenant) => local(c.createdAt, tenant)],
  ['created_date_local', (c, tenant) => localDateOf(c.createdAt, tenant.timeZone)],
  ['channel', (c) => c.channel],
  ['service', (c) => c.service],
  ['category', (c) => c.category],
  ['urgency', (c) => c.urgency],
  ['status', (c) => c.status],
  ['kecamatan', (c) => c.kecamatan ?? ''],
  ['due_at', (c, tenant) => local(c.dueAt, tenant)],
  ['assessed_at', (c, tenant) => local(c.assessedAt, tenant)],
  ['sla', (c, _tenant, now) => slaState(c, now)],
  ['closed_at', (c, tenant) => local(c.closedAt, tenant)],
  ['closing_reason', (c) => c.closingReason ?? ''],
  // Every kind of violence (main one first) and, for a corrected case, what triage had filed.
  ['categories', (c) => categoriesOf(c).join(';')],
  ['triage_categories', (c) => (c.triage ? c.triage.categories.join(';') : '')],
  ['triage_urgency', (c) => c.triage?.urgency ?? ''],
  ...SIMFONI_COLUMNS,
];

export interface CsvExport {
  readonly filename: string;
  readonly csv: string;
}

export async function exportCasesCsv(
  deps: Pick<StaffDependencies, 'cases' | 'clock'>,
  session: StaffSession,
  rawQuery: unknown,
): Promise<CsvExport> {
  const { year, month } = parseOrThrow(NumbersQuery, rawQuery ?? {});
  const { tenant } = session;
  // A year (or a month of it) reads that span alone, from the year index.
  const selected =
    year === undefined
      ? await deps.cases.listAllSummaries(tenant.id)
      : await deps.cases.listSummariesCreatedBetween(tenant.id, localPeriodSpan(year, tenant.timeZone, month));
  const period = year === undefined ? 'semua' : `${year}${month === undefined ? '' : `-${String(month).padStart(2, '0')}`}`;
  return {
    filename: `lapor-aman-${tenant.id}-${period}.csv`,
    csv: casesCsv(selected, tenant, deps.clock.now()),
  };
}

/** RFC 4180 (CRLF, quoted when needed), oldest case first. */
export function casesCsv(cases: readonly CaseSummary[], tenant: Tenant, now: Date): string {
  const rows = [...cases]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((c) => COLUMNS.map(([, value]) => csvCell(value(c, tenant, now))).join(','));
  return `${[COLUMNS.map(([name]) => name).join(','), ...rows].join('\r\n')}\r\n`;
}

/** Quotes what needs it and defuses spreadsheet formulas (a cell starting with = + - @). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
