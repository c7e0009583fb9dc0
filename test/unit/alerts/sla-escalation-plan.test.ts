import { describe, expect, it } from 'vitest';
import type { OutboxCase } from '#shared/alerts/ports.js';
import { planEscalation } from '#shared/alerts/sla-escalation-plan.js';

const HOUR = 3_600_000;
const created = new Date('2026-11-23T02:14:00.000Z');
const at = (hours: number) => new Date(created.getTime() + hours * HOUR);

const awaiting = (overrides: Partial<OutboxCase> = {}): OutboxCase => ({
  tenantId: 'blora',
  caseId: '01JCASE',
  reference: 'BLR-2026-00042',
  channel: 'web',
  service: 'pengaduan_kekerasan',
  category: 'kdrt',
  urgency: 'TINGGI',
  kecamatan: 'Cepu',
  status: 'diterima',
  createdAt: created.toISOString(),
  dueAt: at(24).toISOString(),
  alerts: { received: { state: 'sent', attempts: 1, nextAttemptAt: at(0).toISOString() } },
  alertsRevision: 2,
  ...overrides,
});

describe('planEscalation', () => {
  it('plans nothing when the due time has not come', () => {
    // Act
    const plan = planEscalation(awaiting(), at(23.9));

    // Assess
    expect(plan.events).toEqual([]);
  });

  it('escalates to on-call and watches for the supervisors\' time when the due time has passed', () => {
    // Act
    const plan = planEscalation(awaiting(), at(24));

    // Assess
    expect(plan?.events).toEqual(['overdue']);
    expect(plan?.alerts.overdue).toMatchObject({ state: 'pending', attempts: 1 });
    expect(plan?.alerts.received).toMatchObject({ state: 'sent' });
    expect(plan?.slaWatch).toBe(at(48).toISOString());
  });

  it('escalates to supervisors and stops watching at twice the SLA', () => {
    // Prepare
    const escalated = awaiting({
      alerts: { overdue: { state: 'sent', attempts: 1, nextAttemptAt: at(24).toISOString() } },
    });

    // Act
    const plan = planEscalation(escalated, at(48));

    // Assess
    expect(plan?.events).toEqual(['overdueSupervisor']);
    expect(plan?.slaWatch).toBe('stop');
  });

  it('enqueues both escalations at once when the job was down past twice the SLA', () => {
    // Act
    const plan = planEscalation(awaiting(), at(50));

    // Assess
    expect(plan?.events).toEqual(['overdue', 'overdueSupervisor']);
    expect(plan?.slaWatch).toBe('stop');
  });

  it('takes twice the case\'s own time when the tenant promised it another one', () => {
    // Prepare: a DARURAT case of a regency that promises 8 hours for it.
    const urgent = awaiting({ urgency: 'DARURAT', dueAt: at(8).toISOString() });

    // Act
    const early = planEscalation(urgent, at(15.9));
    const late = planEscalation(urgent, at(16));

    // Assess
    expect(early?.events).toEqual(['overdue']);
    expect(late?.events).toEqual(['overdue', 'overdueSupervisor']);
  });

  it('counts from the change of urgency when staff changed it', () => {
    // Prepare: made DARURAT after 20 hours: due an hour after the change.
    const changed = awaiting({ urgency: 'DARURAT', slaStartedAt: at(20).toISOString(), dueAt: at(21).toISOString() });

    // Act
    const reminder = planEscalation(changed, at(21));
    const supervisors = planEscalation(
      { ...changed, alerts: reminder?.alerts ?? {}, alertsRevision: 3 },
      at(22),
    );

    // Assess
    expect(planEscalation(changed, at(20.9)).events).toEqual([]);
    expect(reminder?.events).toEqual(['overdue']);
    expect(reminder?.slaWatch).toBe(at(22).toISOString());
    expect(supervisors?.events).toEqual(['overdueSupervisor']);
  });
});
