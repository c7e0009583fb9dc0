import { describe, expect, it } from 'vitest';
import { DEFAULT_RESPONSE_HOURS, responseClockOf, startResponseClock } from '#shared/domain/response-clock.js';

const reported = '2026-11-23T02:14:00.000Z';

describe('startResponseClock', () => {
  it('gives DARURAT an hour, TINGGI six and NORMAL a day, the supervisors twice that, under the default hours', () => {
    // Act
    const clocks = {
      DARURAT: startResponseClock(DEFAULT_RESPONSE_HOURS, 'DARURAT', reported),
      TINGGI: startResponseClock(DEFAULT_RESPONSE_HOURS, 'TINGGI', reported),
      NORMAL: startResponseClock(DEFAULT_RESPONSE_HOURS, 'NORMAL', reported),
    };

    // Assess
    expect(clocks).toEqual({
      DARURAT: { startedAt: reported, dueAt: '2026-11-23T03:14:00.000Z', supervisorsAt: '2026-11-23T04:14:00.000Z' },
      TINGGI: { startedAt: reported, dueAt: '2026-11-23T08:14:00.000Z', supervisorsAt: '2026-11-23T14:14:00.000Z' },
      NORMAL: { startedAt: reported, dueAt: '2026-11-24T02:14:00.000Z', supervisorsAt: '2026-11-25T02:14:00.000Z' },
    });
  });

  it('follows the regency\'s own hours when it promises others, half hours included', () => {
    // Act
    const clock = startResponseClock({ DARURAT: 0.5, TINGGI: 4, NORMAL: 48 }, 'DARURAT', reported);

    // Assess
    expect(clock).toMatchObject({ dueAt: '2026-11-23T02:44:00.000Z', supervisorsAt: '2026-11-23T03:14:00.000Z' });
  });
});

describe('responseClockOf', () => {
  it('reads the clock from the case\'s own times when the regency\'s hours changed since', () => {
    // Act: stored with a 6-hour tier.
    const clock = responseClockOf({ createdAt: reported, dueAt: '2026-11-23T08:14:00.000Z' });

    // Assess
    expect(clock).toEqual(startResponseClock(DEFAULT_RESPONSE_HOURS, 'TINGGI', reported));
  });

  it('runs from the change of urgency when staff changed it', () => {
    // Act: made DARURAT 20 hours after the report.
    const clock = responseClockOf({
      createdAt: reported,
      slaStartedAt: '2026-11-23T22:14:00.000Z',
      dueAt: '2026-11-23T23:14:00.000Z',
    });

    // Assess
    expect(clock.supervisorsAt).toBe('2026-11-24T00:14:00.000Z');
  });
});
