import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTrackingCode, hashTrackingCode, trackingCodeMatches } from '#shared/crypto/tracking-code.js';

describe('tracking codes', () => {
  it('have three groups of four unambiguous characters', () => {
    // Act
    const codes = Array.from({ length: 200 }, generateTrackingCode);

    // Assess
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('match regardless of case, spaces and dashes when typed back', () => {
    // Prepare
    const code = generateTrackingCode();
    const stored = hashTrackingCode('blora', 'BLR-2026-00001', code);

    // Act
    const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;

    // Assess
    expect(trackingCodeMatches(stored, 'blora', 'BLR-2026-00001', typed)).toBe(true);
  });

  it('never match for another tenant or reference', () => {
    fc.assert(
      fc.property(fc.constantFrom('purwakarta', 'mesuji'), fc.integer({ min: 2, max: 99_999 }), (tenant, n) => {
        const code = generateTrackingCode();
        const stored = hashTrackingCode('blora', 'BLR-2026-00001', code);
        expect(trackingCodeMatches(stored, tenant, 'BLR-2026-00001', code)).toBe(false);
        expect(trackingCodeMatches(stored, 'blora', `BLR-2026-${String(n).padStart(5, '0')}`, code)).toBe(false);
      }),
    );
  });
});
