import { describe, expect, it } from 'vitest';
import { rescheduleDue } from '#shared/staff/reschedule-due.js';

const slaStartedAt = '2026-03-02T06:00:00.000Z';
const dueAt = '2026-03-02T07:00:00.000Z';

describe('rescheduleDue', () => {
  it('moves the due time and puts the case in the SLA schedule at its next escalation', () => {
    // Act
    const change = rescheduleDue({ dueAt, slaStartedAt, slaWatch: dueAt });

    // Assess
    expect(change).toEqual({ set: { dueAt, slaStartedAt, slaWatch: dueAt } });
  });

  it('takes the case out of the schedule when both escalations are on their way', () => {
    // Act
    const change = rescheduleDue({ dueAt, slaStartedAt, slaWatch: 'stop' });

    // Assess
    expect(change).toEqual({ set: { dueAt, slaStartedAt }, remove: ['slaWatch'] });
  });
});
