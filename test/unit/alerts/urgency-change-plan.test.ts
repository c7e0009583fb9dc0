import { describe, expect, it } from 'vitest';
import type { OutboxCase } from '#shared/alerts/ports.js';
import { planEscalation } from '#shared/alerts/sla-escalation-plan.js';
import { planUrgencyChange } from '#shared/alerts/urgency-change-plan.js';
import { DEFAULT_RESPONSE_HOURS } from '#shared/domain/response-clock.js';

const HOUR = 3_600_000;
const created = new Date('2026-11-23T02:14:00.000Z');
const at = (hours: number) => new Date(created.getTime() + hours * HOUR);
const iso = (hours: number) => at(hours).toISOString();
const sent = (hours: number) => ({ state: 'sent', attempts: 1, nextAttemptAt: iso(hours), sentAt: iso(hours) }) as const;
const pending = (hours: number) => ({ state: 'pending', attempts: 3, nextAttemptAt: iso(hours) }) as const;

const reported = (overrides: Partial<OutboxCase> = {}): OutboxCase => ({
  tenantId: 'blora',
  caseId: '01JCASE',
  reference: 'BLR-2026-00042',
  channel: 'whatsapp',
  service: 'pengaduan_kekerasan',
  category: 'kdrt',
  urgency: 'NORMAL',
  kecamatan: 'Cepu',
  status: 'diterima',
  createdAt: iso(0),
  dueAt: iso(24),
  alerts: { received: sent(0) },
  alertsRevision: 2,
  ...overrides,
});

/** The case as the classification endpoint would store it after the plan. */
function changed(current: OutboxCase, plan: NonNullable<ReturnType<typeof planUrgencyChange>>): OutboxCase {
  const { urgency, slaStartedAt, dueAt, alerts } = plan;
  return { ...current, urgency, slaStartedAt, dueAt, alerts, alertsRevision: current.alertsRevision + 1 };
}

describe('planUrgencyChange', () => {
  it('reminds the on-call team an hour after the change, not at once, when a NORMAL case is made DARURAT after 20 h', () => {
    // Prepare
    const normal = reported();

    // Act
    const plan = planUrgencyChange(normal, 'DARURAT', DEFAULT_RESPONSE_HOURS, at(20));

    // Assess
    expect(plan).toEqual({
      urgency: 'DARURAT',
      slaStartedAt: iso(20),
      dueAt: iso(21),
      alerts: { received: sent(0) },
      slaWatch: iso(21),
    });
    const darurat = changed(normal, plan!);
    expect(planEscalation(darurat, at(20)).events).toEqual([]);
    expect(planEscalation(darurat, at(20.99)).events).toEqual([]);
    expect(planEscalation(darurat, at(21))?.events).toEqual(['overdue']);
  });

  it('alerts the supervisors two hours after the change when a case made DARURAT stays unassessed', () => {
    // Prepare
    const normal = reported();
    const darurat = changed(normal, planUrgencyChange(normal, 'DARURAT', DEFAULT_RESPONSE_HOURS, at(20))!);
    const reminded = planEscalation(darurat, at(21))!;

    // Act
    const escalation = planEscalation({ ...darurat, alerts: reminded.alerts }, at(22));

    // Assess
    expect(reminded.slaWatch).toBe(iso(22));
    expect(escalation?.events).toEqual(['overdueSupervisor']);
    expect(escalation?.slaWatch).toBe('stop');
  });

  it('does not send the on-call reminder again when a DARURAT case already reminded is made NORMAL', () => {
    // Prepare: DARURAT, reminder sent at 1 h.
    const darurat = reported({ urgency: 'DARURAT', dueAt: iso(1), alerts: { received: sent(0), overdue: sent(1) } });

    // Act
    const plan = planUrgencyChange(darurat, 'NORMAL', DEFAULT_RESPONSE_HOURS, at(1.5))!;

    // Assess: the new day runs from the change; only the supervisors' alert is left, at twice it.
    expect(plan).toMatchObject({ dueAt: iso(25.5), slaWatch: iso(49.5) });
    expect(plan.alerts.overdue).toEqual(sent(1));
    const normal = changed(darurat, plan);
    expect(planEscalation(normal, at(2)).events).toEqual([]);
    expect(planEscalation(normal, at(25.5)).events).toEqual([]);
    expect(planEscalation(normal, at(49.5))?.events).toEqual(['overdueSupervisor']);
  });

  it('leaves the SLA schedule when both escalations of the old tier were already sent', () => {
    // Prepare
    const darurat = reported({
      urgency: 'DARURAT',
      dueAt: iso(1),
      alerts: { received: sent(0), overdue: sent(1), overdueSupervisor: sent(2) },
    });

    // Act
    const plan = planUrgencyChange(darurat, 'TINGGI', DEFAULT_RESPONSE_HOURS, at(3));

    // Assess
    expect(plan).toMatchObject({ dueAt: iso(9), slaWatch: 'stop' });
  });

  it('drops an escalation not sent yet and enqueues it again at the new due time', () => {
    // Prepare: SNS down since the TINGGI case's 6 h reminder.
    const tinggi = reported({ urgency: 'TINGGI', dueAt: iso(6), alerts: { received: sent(0), overdue: pending(7) } });

    // Act
    const plan = planUrgencyChange(tinggi, 'NORMAL', DEFAULT_RESPONSE_HOURS, at(6.5))!;

    // Assess
    expect(plan.alerts).toEqual({ received: sent(0) });
    expect(plan.slaWatch).toBe(iso(30.5));
    expect(planEscalation(changed(tinggi, plan), at(30.5))?.events).toEqual(['overdue']);
  });

  it('keeps an intake alert not sent yet, which goes out with the new urgency', () => {
    // Prepare
    const normal = reported({ alerts: { received: pending(0.1) } });

    // Act
    const plan = planUrgencyChange(normal, 'DARURAT', DEFAULT_RESPONSE_HOURS, at(0.05));

    // Assess
    expect(plan?.alerts).toEqual({ received: pending(0.1) });
  });

  it('counts the regency\'s own hours when it promises others', () => {
    // Act
    const plan = planUrgencyChange(reported(), 'TINGGI', { DARURAT: 0.5, TINGGI: 3, NORMAL: 48 }, at(2));

    // Assess
    expect(plan).toMatchObject({ dueAt: iso(5), slaWatch: iso(5) });
  });

  it('leaves the clock as it is when the urgency does not change or the case was already assessed', () => {
    // Act
    const same = planUrgencyChange(reported(), 'NORMAL', DEFAULT_RESPONSE_HOURS, at(2));
    const assessed = planUrgencyChange(reported({ status: 'asesmen' }), 'DARURAT', DEFAULT_RESPONSE_HOURS, at(2));

    // Assess
    expect(same).toBeUndefined();
    expect(assessed).toBeUndefined();
  });
});
