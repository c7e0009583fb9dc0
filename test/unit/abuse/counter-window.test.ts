import { describe, expect, it } from 'vitest';
import { placeInWindow } from '#shared/abuse/counter-window.js';

const counter = { tenantId: 'blora', scope: 'wrong-code', subject: 'BLR-2026-00042' } as const;

describe('placeInWindow', () => {
  it('puts two moments of one window on one counter and says how long the window lasts', () => {
    // Act
    const early = placeInWindow({ limit: 5, windowSeconds: 900 }, new Date('2026-11-23T02:00:10Z'), counter);
    const late = placeInWindow({ limit: 5, windowSeconds: 900 }, new Date('2026-11-23T02:14:59.500Z'), counter);

    // Assess
    expect(early.window.windowStart).toBe('2026-11-23T02:00:00.000Z');
    expect(late.window).toEqual(early.window);
    expect(early.secondsLeft).toBe(890);
    expect(late.secondsLeft).toBe(1);
  });

  it('starts a new counter when the window has passed, and lets the old one expire a window later', () => {
    // Act
    const next = placeInWindow({ limit: 5, windowSeconds: 900 }, new Date('2026-11-23T02:15:00Z'), counter);

    // Assess
    expect(next.window.windowStart).toBe('2026-11-23T02:15:00.000Z');
    expect(next.window.expiresAt).toBe(Date.parse('2026-11-23T02:45:00Z') / 1000);
    expect(next.secondsLeft).toBe(900);
  });
});
