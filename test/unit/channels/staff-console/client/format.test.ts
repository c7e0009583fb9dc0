import { describe, expect, it } from 'vitest';
import { formatDuration, formatWhen, monthName } from '#shared/channels/staff-console/client/format.js';

describe('formatWhen', () => {
  it('writes an instant in the regency\'s own zone, named as staff write it', () => {
    // Act
    const blora = formatWhen('2026-12-02T06:36:00.000Z', { timeZone: 'Asia/Jakarta', zoneName: 'WIB' });
    const makassar = formatWhen('2026-12-02T06:36:00.000Z', { timeZone: 'Asia/Makassar', zoneName: 'WITA' });

    // Assess
    expect(blora).toBe('2 Des 2026, 13.36 WIB');
    expect(makassar).toBe('2 Des 2026, 14.36 WITA');
  });

  it('writes a dash when there is no time', () => {
    // Act
    const text = formatWhen(undefined, { timeZone: 'Asia/Jakarta', zoneName: 'WIB' });

    // Assess
    expect(text).toBe('–');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 mnt'],
    [59 * 60_000 + 59_000, '59 mnt'],
    [65 * 60_000, '1 j 5 mnt'],
    [(24 * 60 + 5) * 60_000, '1 hr 0 j 5 mnt'],
    [(50 * 60 + 30) * 60_000, '2 hr 2 j 30 mnt'],
  ])('writes %i ms as "%s"', (ms, text) => {
    // Act
    const written = formatDuration(ms);

    // Assess
    expect(written).toBe(text);
  });
});

describe('monthName', () => {
  it('names a YYYY-MM key\'s month in Indonesian', () => {
    // Act
    const names = ['2026-01', '2026-03', '2026-12'].map(monthName);

    // Assess
    expect(names).toEqual(['Januari', 'Maret', 'Desember']);
  });
});
