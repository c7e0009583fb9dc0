import { describe, expect, it } from 'vitest';
import { formatLongLocal } from '#shared/domain/local-time.js';

describe('formatLongLocal', () => {
  it('writes the time in the regency zone in Indonesian when lang is id', () => {
    // Act
    const text = formatLongLocal(new Date('2026-11-24T02:14:00.000Z'), 'Asia/Jakarta', 'id');

    // Assess
    expect(text).toBe('Selasa, 24 November 2026 pukul 09.14 WIB');
  });

  it('keeps the Indonesian zone name when lang is en', () => {
    // Act
    const text = formatLongLocal(new Date('2026-11-24T02:14:00.000Z'), 'Asia/Makassar', 'en');

    // Assess
    expect(text).toMatch(/^Tuesday,? 24 November 2026 at 10:14 WITA$/);
  });
});
