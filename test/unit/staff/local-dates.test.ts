import { describe, expect, it } from 'vitest';
import { localDateOf, localYearOf, nextDate, startOfLocalDay } from '#shared/staff/local-dates.js';

describe('local dates of a regency', () => {
  it('starts a WIB day at 17:00 UTC of the day before', () => {
    // Assess
    expect(startOfLocalDay('2026-11-23', 'Asia/Jakarta')).toBe('2026-11-22T17:00:00.000Z');
    expect(startOfLocalDay('2026-01-01', 'Asia/Jayapura')).toBe('2025-12-31T15:00:00.000Z');
  });

  it('reads the calendar date and year of an instant in the zone', () => {
    // Assess
    expect(localDateOf('2024-12-31T17:30:00.000Z', 'Asia/Jakarta')).toBe('2025-01-01');
    expect(localYearOf('2024-12-31T16:59:59.000Z', 'Asia/Jakarta')).toBe(2024);
  });

  it('steps to the next date across months and years', () => {
    // Assess
    expect(nextDate('2024-02-28')).toBe('2024-02-29');
    expect(nextDate('2025-12-31')).toBe('2026-01-01');
  });
});
