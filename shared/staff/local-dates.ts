/** Calendar dates of a regency (its own time zone): filters, yearly numbers and the CSV count by them. */

/**
 * One formatter per zone and kind, made once: building an `Intl.DateTimeFormat` costs far more than using it,
 * and the yearly numbers and CSV date every case of a year several times.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(kind: 'date' | 'dateTime', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const time = kind === 'dateTime' ? ({ hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' } as const) : {};
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', ...time });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DD` of an instant in the zone. */
export function localDateOf(instant: Date | string, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return formatterOf('date', timeZone).format(new Date(instant));
}

/** The instant (ISO) at which a local calendar day begins in the zone. */
export function startOfLocalDay(date: string, timeZone: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const wallClockAsUtc = Date.UTC(year, month - 1, day);
  // The zone's offset at that moment (Indonesian zones have no daylight saving; one correction suffices).
  const offsetMs = Date.parse(`${localDateTimeOf(wallClockAsUtc, timeZone)}Z`) - wallClockAsUtc;
  return new Date(wallClockAsUtc - offsetMs).toISOString();
}

/** The day after a `YYYY-MM-DD` date, as `YYYY-MM-DD`. */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** An instant as the regency's wall-clock time with its offset, e.g. `2025-02-10T10:00:00+07:00`. */
export function localTimestampOf(instant: Date | string, timeZone: string): string {
  const epochMs = new Date(instant).getTime();
  const local = localDateTimeOf(epochMs, timeZone);
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - Math.floor(epochMs / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `YYYY-MM-DDTHH:MM:SS` of an instant on the zone's wall clock. */
export function localDateTimeOf(epochMs: number, timeZone: string): string {
  const parts = new Map(
    formatterOf('dateTime', timeZone)
      .formatToParts(new Date(epochMs))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.get('year')}-${parts.get('month')}-${parts.get('day')}T${parts.get('hour')}:${parts.get('minute')}:${parts.get('second')}`;
}

/** The calendar year of an instant in the zone. */
export function localYearOf(instant: Date | string, timeZone: string): number {
  return Number(localDateOf(instant, timeZone).slice(0, 4));
}

/** The instants a local calendar year (or one month of it) spans in the zone: `from` included, `before` not. */
export function localPeriodSpan(year: number, timeZone: string, month?: number): { from: string; before: string } {
  const start = month === undefined ? `${year}-01-01` : `${year}-${String(month).padStart(2, '0')}-01`;
  const end = month === undefined || month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { from: startOfLocalDay(start, timeZone), before: startOfLocalDay(end, timeZone) };
}
