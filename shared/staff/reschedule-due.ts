/**
 * A case's due time moves (staff changed its urgency; the risk clocks give the new time): the projection
 * change that moves it, and, while the case awaits its assessment, its place in the SLA schedule with it:
 * the next escalation not yet enqueued, at the new times.
 */
import { supervisorEscalationAt } from '../alerts/sla-escalation-plan.js';
import type { CaseChangeContent } from './case-change.js';
import type { StaffCase } from './ports.js';

export function rescheduleDue(
  current: Pick<StaffCase, 'status' | 'createdAt' | 'alerts'>,
  dueAt: string,
): Pick<CaseChangeContent, 'set' | 'remove'> {
  if (current.status !== 'diterima') return { set: { dueAt } };
  if (!current.alerts.overdue) return { set: { dueAt, slaWatch: dueAt } };
  if (!current.alerts.overdueSupervisor) {
    return { set: { dueAt, slaWatch: supervisorEscalationAt({ createdAt: current.createdAt, dueAt }) } };
  }
  // Both escalations are on their way already: nothing left to schedule.
  return { set: { dueAt }, remove: ['slaWatch'] };
}
