import { describe, expect, it } from 'vitest';
import type { AlertOutboxEntry } from '#shared/intake/ports.js';
import { rescheduleDue } from '#shared/staff/reschedule-due.js';

const createdAt = '2026-03-02T01:00:00.000Z';
const sent: AlertOutboxEntry = { state: 'sent', attempts: 1, nextAttemptAt: createdAt, sentAt: createdAt };
const received = { received: sent };

describe('rescheduleDue', () => {
  it('schedules the first escalation at the new due time when the case still awaits assessment', () => {
    // Act
    const change = rescheduleDue({ status: 'diterima', createdAt, alerts: received }, '2026-03-02T07:00:00.000Z');

    // Assess
    expect(change).toEqual({ set: { dueAt: '2026-03-02T07:00:00.000Z', slaWatch: '2026-03-02T07:00:00.000Z' } });
  });

  it("schedules the supervisors' escalation at twice the new interval when the first one already went out", () => {
    // Act
    const change = rescheduleDue({ status: 'diterima', createdAt, alerts: { ...received, overdue: sent } }, '2026-03-02T07:00:00.000Z');

    // Assess
    expect(change).toEqual({ set: { dueAt: '2026-03-02T07:00:00.000Z', slaWatch: '2026-03-02T13:00:00.000Z' } });
  });

  it('takes the case out of the schedule when both escalations are on their way', () => {
    // Act
    const change = rescheduleDue(
      { status: 'diterima', createdAt, alerts: { ...received, overdue: sent, overdueSupervisor: { ...sent, state: 'pending' } } },
      '2026-03-02T07:00:00.000Z',
    );

    // Assess
    expect(change).toEqual({ set: { dueAt: '2026-03-02T07:00:00.000Z' }, remove: ['slaWatch'] });
  });

  it('moves only the due time of a case already assessed', () => {
    // Act
    const change = rescheduleDue({ status: 'penanganan', createdAt, alerts: received }, '2026-03-02T07:00:00.000Z');

    // Assess
    expect(change).toEqual({ set: { dueAt: '2026-03-02T07:00:00.000Z' } });
  });
});
