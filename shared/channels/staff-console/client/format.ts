/** Times and durations as staff read them (pure). */

/** The regency's time zone and how staff write it (WIB, WITA, WIT). */
export interface Zone {
  readonly timeZone: string;
  readonly zoneName: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `2 Des 2026, 13.36 WIB`; `–` when there is no time. */
export function formatWhen(iso: string | undefined, zone: Zone): string {
  if (!iso) return '–';
  let format = formatters.get(zone.timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('id-ID', {
      timeZone: zone.timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone.timeZone, format);
  }
  return `${format.format(new Date(iso))} ${zone.zoneName}`;
}

/** `1 hr 2 j 5 mnt`: days and hours only when there are any. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  return `${days ? `${days} hr ` : ''}${days || hours ? `${hours} j ` : ''}${minutes % 60} mnt`;
}

const monthFormat = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' });

/** `2026-03` → `Maret`. */
export function monthName(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return monthFormat.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)));
}
