import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSING_REASONS, closingReasonsFrom, isAllowedTransition, nextStatuses } from '#shared/domain/case-path.js';
import { CASE_STATUSES, type CaseStatus } from '#shared/domain/vocabulary.js';

describe('the case path', () => {
  it('allows exactly the steps of the UPTD PPA path', () => {
    // Act
    const steps = CASE_STATUSES.flatMap((from) => nextStatuses(from).map((to) => `${from}>${to}`));

    // Assess
    expect(steps).toEqual([
      'diterima>asesmen',
      'asesmen>penanganan',
      'asesmen>rujukan',
      'asesmen>selesai',
      'penanganan>rujukan',
      'penanganan>selesai',
      'rujukan>penanganan',
      'rujukan>selesai',
    ]);
  });

  it('needs a closing reason exactly when a case is closed', () => {
    // Assess
    expect(isAllowedTransition('penanganan', 'selesai')).toBe(false);
    expect(isAllowedTransition('penanganan', 'selesai', 'terminasi')).toBe(true);
    expect(isAllowedTransition('rujukan', 'selesai', 'reintegrasi_sosial')).toBe(true);
    expect(isAllowedTransition('penanganan', 'rujukan', 'terminasi')).toBe(false);
  });

  it('closes straight after the assessment only by termination', () => {
    // Assess
    expect(closingReasonsFrom('asesmen')).toEqual(['terminasi']);
    expect(closingReasonsFrom('penanganan')).toEqual(CLOSING_REASONS);
    expect(closingReasonsFrom('diterima')).toEqual([]);
    expect(isAllowedTransition('asesmen', 'selesai', 'reintegrasi_sosial')).toBe(false);
  });

  it('never returns to awaiting assessment and never leaves selesai, whatever the walk', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (choices) => {
        // Act
        let status: CaseStatus = 'diterima';
        const visited: CaseStatus[] = [status];
        for (const choice of choices) {
          const options = nextStatuses(status);
          if (options.length === 0) break;
          status = options[choice % options.length] ?? status;
          visited.push(status);
        }

        // Assess
        expect(visited.lastIndexOf('diterima')).toBe(0);
        const closedAt = visited.indexOf('selesai');
        if (closedAt >= 0) expect(closedAt).toBe(visited.length - 1);
      }),
    );
  });
});
