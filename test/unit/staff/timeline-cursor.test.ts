import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#shared/errors.js';
import { decodeTimelineCursor, encodeTimelineCursor, type TimelineCursor } from '#shared/staff/timeline-cursor.js';

describe('timeline cursors', () => {
  it.each<TimelineCursor>([
    { before: { beforeVersion: 981 }, until: '2026-03-02T17:40:00.000Z' },
    { before: { beforeEarlier: 15 }, until: '2026-03-02T01:30:00.000Z' },
    { before: { beforeVersion: 2 } },
  ])('reads back the position it wrote: %j', (cursor) => {
    // Act
    const decoded = decodeTimelineCursor(encodeTimelineCursor(cursor));

    // Assess
    expect(decoded).toEqual(cursor);
  });

  it('reads no cursor as the newest page', () => {
    // Assess
    expect(decodeTimelineCursor(undefined)).toBeUndefined();
  });

  it('refuses anything else with a 400 that names `before`, whatever the bytes', () => {
    // Prepare
    const notACursor = fc.oneof(
      fc.string(),
      fc
        .jsonValue()
        // Any JSON but the shape of a real cursor.
        .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value) || !('v' in value || 'e' in value))
        .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
      fc.constantFrom('{"v":1}', '{"v":2,"e":3}', '{"v":"12"}', '{"e":0}', '{"v":5,"u":"yesterday"}', '{"v":5,"x":1}').map((json) =>
        Buffer.from(json).toString('base64url'),
      ),
    );

    // Assess
    fc.assert(
      fc.property(notACursor, (raw) => {
        try {
          decodeTimelineCursor(raw);
          return false;
        } catch (error) {
          return error instanceof InvalidInputError && error.details?.[0]?.field === 'before';
        }
      }),
    );
  });
});
