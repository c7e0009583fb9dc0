import { describe, expect, it } from 'vitest';
import { DEFAULT_RESPONSE_HOURS, startResponseClock } from '#shared/domain/response-clock.js';
import type { CaseSummary } from '#shared/staff/ports.js';
import { summariseCases } from '#shared/staff/case-numbers.js';
import type { Tenant } from '#shared/tenancy/tenant.js';

const blora = {
  id: 'blora',
  timeZone: 'Asia/Jakarta',
  kecamatan: ['Cepu', 'Jati'],
} as Tenant;

let sequence = 0;
function summary(createdAt: string, overrides: Partial<CaseSummary> = {}): CaseSummary {
  sequence++;
  const { dueAt } = startResponseClock(DEFAULT_RESPONSE_HOURS, overrides.urgency ?? 'NORMAL', createdAt);
  return {
    tenantId: 'blora',
    caseId: `01J${String(sequence).padStart(23, '0')}`,
    reference: `BLR-${createdAt.slice(0, 4)}-${String(sequence).padStart(5, '0')}`,
    channel: 'whatsapp',
    service: 'pengaduan_kekerasan',
    category: 'kdrt',
    urgency: 'NORMAL',
    status: 'asesmen',
    kecamatan: 'Cepu',
    createdAt,
    updatedAt: createdAt,
    dueAt,
    version: 2,
    anonymous: true,
    assessedAt: createdAt,
    ...overrides,
  };
}

/** Blora's published yearly complaint counts: 17 (2022), 23 (2023), 28 (January–October 2024). */
const yearly = (year: number, count: number) =>
  Array.from({ length: count }, (_, i) => summary(`${year}-${String((i % 10) + 1).padStart(2, '0')}-15T03:00:00.000Z`));

describe('summariseCases', () => {
  it("gives Blora's cases per year as 17, 23 and 28", () => {
    // Prepare
    const cases = [...yearly(2022, 17), ...yearly(2023, 23), ...yearly(2024, 28)];

    // Act
    const numbers = summariseCases(cases, blora, 2024, new Date('2024-11-01T00:00:00Z'));

    // Assess
    expect(numbers.perYear).toEqual([
      { key: '2022', count: 17 },
      { key: '2023', count: 23 },
      { key: '2024', count: 28 },
    ]);
    expect(numbers.total).toBe(28);
    expect(numbers.perMonth.map((m) => m.count)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 0, 0]);
  });

  it('counts a case reported just after midnight local time in the new year', () => {
    // Prepare: 00:30 WIB on 1 January 2025.
    const cases = [summary('2024-12-31T17:30:00.000Z')];

    // Act
    const numbers = summariseCases(cases, blora, 2025, new Date('2025-02-01T00:00:00Z'));

    // Assess
    expect(numbers.perYear).toEqual([{ key: '2025', count: 1 }]);
    expect(numbers.perMonth[0]).toEqual({ key: '2025-01', count: 1 });
  });

  it('keeps every category, channel and kecamatan in the breakdowns, zeros included, plus cases with no kecamatan', () => {
    // Prepare
    const cases = [summary('2025-03-01T03:00:00.000Z', { kecamatan: undefined, channel: 'call-center' })];

    // Act
    const numbers = summariseCases(cases, blora, 2025, new Date('2025-04-01T00:00:00Z'));

    // Assess
    expect(numbers.perCategory).toHaveLength(9);
    expect(numbers.perChannel.find((c) => c.key === 'call-center')?.count).toBe(1);
    expect(numbers.perKecamatan).toEqual([
      { key: 'Cepu', count: 0 },
      { key: 'Jati', count: 0 },
      { key: '', count: 1 },
    ]);
  });

  it('shares out the SLA among decided cases and leaves cases still in time out of it', () => {
    // Prepare
    const now = new Date('2025-05-10T12:00:00.000Z');
    const cases = [
      summary('2025-05-01T03:00:00.000Z', { assessedAt: '2025-05-01T20:00:00.000Z' }),
      summary('2025-05-02T03:00:00.000Z', { assessedAt: '2025-05-03T04:00:00.000Z' }),
      summary('2025-05-03T03:00:00.000Z', { assessedAt: undefined, status: 'diterima' }),
      summary('2025-05-10T03:00:00.000Z', { assessedAt: undefined, status: 'diterima' }),
    ];

    // Act
    const { sla } = summariseCases(cases, blora, 2025, now);

    // Assess
    expect(sla).toMatchObject({ met: 1, missed: 1, overdue: 1, awaiting: 1, compliance: 1 / 3 });
  });

  it('measures each case against its own tier\'s time, overall and per urgency', () => {
    // Prepare: three cases assessed 3 h after the report, two not assessed 2 h after it.
    const now = new Date('2025-05-10T05:00:00.000Z');
    const assessed = { assessedAt: '2025-05-10T03:00:00.000Z' };
    const waiting = { assessedAt: undefined, status: 'diterima' } as const;
    const cases = [
      summary('2025-05-10T00:00:00.000Z', { urgency: 'DARURAT', ...assessed }),
      summary('2025-05-10T00:00:00.000Z', { urgency: 'TINGGI', ...assessed }),
      summary('2025-05-10T00:00:00.000Z', { urgency: 'NORMAL', ...assessed }),
      summary('2025-05-10T03:00:00.000Z', { urgency: 'DARURAT', ...waiting }),
      summary('2025-05-10T03:00:00.000Z', { urgency: 'NORMAL', ...waiting }),
    ];

    // Act
    const { sla } = summariseCases(cases, blora, 2025, now);

    // Assess
    expect(sla).toEqual({
      met: 2,
      missed: 1,
      overdue: 1,
      awaiting: 1,
      compliance: 0.5,
      perUrgency: [
        { key: 'DARURAT', met: 0, missed: 1, overdue: 1, awaiting: 0, compliance: 0 },
        { key: 'TINGGI', met: 1, missed: 0, overdue: 0, awaiting: 0, compliance: 1 },
        { key: 'NORMAL', met: 1, missed: 0, overdue: 0, awaiting: 1, compliance: 1 },
      ],
    });
  });
});

describe('summariseCases with corrected classifications', () => {
  it('counts a case corrected to two kinds of violence under each, and no longer under triage\'s', () => {
    // Prepare
    const corrected = summary('2025-03-01T03:00:00.000Z', {
      category: 'kekerasan_seksual',
      categories: ['kekerasan_seksual', 'kdrt'],
      triage: { service: 'pengaduan_kekerasan', categories: ['kekerasan_fisik'], urgency: 'NORMAL' },
    });

    // Act
    const numbers = summariseCases([corrected, summary('2025-04-01T03:00:00.000Z')], blora, 2025, new Date('2025-12-01T00:00:00Z'));

    // Assess
    const count = (key: string) => numbers.perCategory.find((c) => c.key === key)?.count;
    expect([count('kekerasan_seksual'), count('kdrt'), count('kekerasan_fisik')]).toEqual([1, 2, 0]);
    expect(numbers.total).toBe(2);
  });
});

describe('summariseCases with assessment records', () => {
  it('counts a case under each form of violence, each perpetrator once, and unassessed cases apart', () => {
    // Prepare
    const assessed = summary('2025-03-01T03:00:00.000Z', {
      assessment: {
        formsOfViolence: ['seksual', 'psikis'],
        contexts: ['kbgo'],
        place: 'rumah_tangga',
        victim: { ageBand: '13_17', sex: 'perempuan', disability: { present: false, kinds: [] }, education: 'smp' },
        perpetrators: [
          { sex: 'laki_laki', ageBand: '45_59', relation: 'keluarga' },
          { sex: 'laki_laki', ageBand: 'tidak_diketahui', relation: 'tetangga' },
        ],
        recordedAt: '2025-03-02T03:00:00.000Z',
      },
    });

    // Act
    const numbers = summariseCases([assessed, summary('2025-04-01T03:00:00.000Z')], blora, 2025, new Date('2025-12-01T00:00:00Z'));

    // Assess
    const counted = (counts: readonly { key: string; count: number }[]) => counts.filter((c) => c.count > 0);
    expect(counted(numbers.perFormOfViolence)).toEqual([
      { key: 'psikis', count: 1 },
      { key: 'seksual', count: 1 },
      { key: '', count: 1 },
    ]);
    expect(counted(numbers.perPlace)).toEqual([
      { key: 'rumah_tangga', count: 1 },
      { key: '', count: 1 },
    ]);
    expect(counted(numbers.perVictimAgeBand)).toEqual([
      { key: '13_17', count: 1 },
      { key: '', count: 1 },
    ]);
    expect(counted(numbers.perPerpetratorRelation)).toEqual([
      { key: 'keluarga', count: 1 },
      { key: 'tetangga', count: 1 },
      { key: '', count: 1 },
    ]);
    expect(numbers.perVictimSex.map((c) => c.key)).toEqual(['perempuan', 'laki_laki', 'tidak_diketahui', '']);
  });
});
