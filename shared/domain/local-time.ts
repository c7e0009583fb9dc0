/** Times shown to Indonesian staff and reporters: in the tenant's zone, with WIB / WITA / WIT. */
import { dateFormatter } from './date-formatters.js';

const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function zoneAbbreviation(timeZone: string): string {
  return ZONE_ABBREVIATIONS[timeZone] ?? timeZone;
}

function parts(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions, locale = 'id-ID') {
  const found = new Map<string, string>();
  for (const part of dateFormatter(locale, { timeZone, hourCycle: 'h23', ...options }).formatToParts(instant)) {
    found.set(part.type, part.value);
  }
  return found;
}

/** "24 Nov 09:14" — short enough for an SMS. */
export function formatShortLocal(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }, 'en-GB');
  return `${p.get('day')} ${p.get('month')} ${p.get('hour')}:${p.get('minute')}`;
}

/** "Selasa, 24 November 2026 pukul 09.14 WIB" / "Tuesday, 24 November 2026 at 09:14 WIB". */
export function formatLongLocal(instant: Date, timeZone: string, lang: 'id' | 'en'): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const p = parts(instant, timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }, locale);
  const date = `${p.get('weekday')}, ${p.get('day')} ${p.get('month')} ${p.get('year')}`;
  return lang === 'id'
    ? `${date} pukul ${p.get('hour')}.${p.get('minute')} ${zoneAbbreviation(timeZone)}`
    : `${date} at ${p.get('hour')}:${p.get('minute')} ${zoneAbbreviation(timeZone)}`;
}
