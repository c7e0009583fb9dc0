/** Human case references: `BLR-2026-00042`, numbered per tenant per year in the tenant's own time zone. */
import { dateFormatter } from './date-formatters.js';

export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(5, '0')}`;
}

export const REFERENCE_PATTERN = /^[A-Z]{3}-\d{4}-\d{5,}$/;

/** Uppercases and trims what a reporter typed ("blr-2026-00042 " -> "BLR-2026-00042"). */
export function normaliseReference(typed: string): string {
  return typed.trim().toUpperCase().replace(/\s+/g, '');
}

export function yearInTimeZone(instant: Date, timeZone: string): number {
  return Number(dateFormatter('en-US', { timeZone, year: 'numeric' }).format(instant));
}
