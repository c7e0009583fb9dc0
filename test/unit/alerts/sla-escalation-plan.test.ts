import { describe, expect, it } from 'vitest';
import type { OutboxCase } from '#shared/alerts/ports.js';
import { planEscalation, supervisorEscalationAt } from '#shared/alerts/sla-escalation-plan.js';

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
    expect(plan).toBeUndefined();
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

  it('takes twice the case\'s own SLA when the tenant promises another one', () => {
    // Act
    const supervisorsAt = supervisorEscalationAt({ createdAt: created.toISOString(), dueAt: at(8).toISOString() });

    // Assess
    expect(supervisorsAt).toBe(at(16).toISOString());
  });
});
