import { describe, expect, it } from 'vitest';
import { slaShareText, slaText, tierHoursText, walkInDeadlineText } from '#shared/channels/staff-console/client/sla-text.js';
import { labels } from './console-labels.js';

const dueAt = '2026-12-03T06:00:00.000Z';
const hours = { DARURAT: 2, TINGGI: 6, NORMAL: 24 };

describe('slaText', () => {
  it('counts down to the due time while the case waits for its assessment', () => {
    // Act
    const sla = slaText({ dueAt }, new Date('2026-12-02T23:55:00.000Z'));

    // Assess
    expect(sla).toEqual({ state: 'awaiting', text: 'Batas asesmen: sisa 6 j 5 mnt' });
  });

  it('says how long ago the due time passed when the case is still not assessed', () => {
    // Act
    const sla = slaText({ dueAt }, new Date('2026-12-04T07:30:00.000Z'));

    // Assess
    expect(sla).toEqual({ state: 'overdue', text: 'Lewat batas asesmen 1 hr 1 j 30 mnt' });
  });

  it('says whether an assessed case was assessed in time, whatever the time now', () => {
    // Act
    const met = slaText({ dueAt, assessedAt: '2026-12-03T05:59:00.000Z' }, new Date('2027-01-01T00:00:00.000Z'));
    const missed = slaText({ dueAt, assessedAt: '2026-12-03T06:01:00.000Z' }, new Date('2026-12-03T06:02:00.000Z'));

    // Assess
    expect(met).toEqual({ state: 'met', text: 'Asesmen tepat waktu' });
    expect(missed).toEqual({ state: 'missed', text: 'Asesmen terlambat' });
  });
});

describe('tier hours in words', () => {
  it('names every tier with its hours', () => {
    // Act
    const text = tierHoursText(hours, labels);

    // Assess
    expect(text).toBe('DARURAT 2 jam, Tinggi 6 jam, Normal 24 jam');
  });

  it('gives the walk-in form the chosen tier\'s hours, or every tier\'s while triage is to decide', () => {
    // Act
    const chosen = walkInDeadlineText(hours, 'TINGGI', labels);
    const triage = walkInDeadlineText(hours, undefined, labels);

    // Assess
    expect(chosen).toBe('batas asesmen 6 jam');
    expect(triage).toBe('batas asesmen menurut urgensi (DARURAT 2 jam, Tinggi 6 jam, Normal 24 jam)');
  });

  it('states the year\'s share assessed in time, overall and per tier against its hours, overdue cases counted as missed', () => {
    // Prepare
    const tally = (met: number, missed: number, overdue: number, awaiting: number) => {
      const decided = met + missed + overdue;
      return { met, missed, overdue, awaiting, compliance: decided === 0 ? null : met / decided };
    };
    const perUrgency = [
      { key: 'DARURAT' as const, ...tally(1, 1, 0, 0) },
      { key: 'TINGGI' as const, ...tally(0, 0, 0, 2) },
      { key: 'NORMAL' as const, ...tally(2, 0, 1, 0) },
    ];

    // Act
    const share = slaShareText({ ...tally(3, 1, 1, 2), perUrgency }, hours, labels);
    const none = slaShareText({ ...tally(0, 0, 0, 2), perUrgency: [{ key: 'TINGGI', ...tally(0, 0, 0, 2) }] }, hours, labels);

    // Assess
    expect(share).toBe('Asesmen dalam batas waktu: 60% (3 dari 5); DARURAT (2 jam) 50% (1 dari 2), Normal (24 jam) 67% (2 dari 3).');
    expect(none).toBe('Asesmen dalam batas waktu: belum ada kasus yang jatuh tempo.');
  });
});
