/**
 * A case's response clock restarts (staff changed its urgency; `planUrgencyChange` gives the new clock):
 * the projection change that moves its due time and, while it awaits its assessment, its place in the SLA
 * schedule — the next escalation not yet sent, at the new times.
 */
import type { UrgencyChangePlan } from '../alerts/urgency-change-plan.js';
import type { CaseChangeContent } from './case-change.js';

export function rescheduleDue(plan: Pick<UrgencyChangePlan, 'dueAt' | 'slaStartedAt' | 'slaWatch'>): Pick<CaseChangeContent, 'set' | 'remove'> {
  const clock = { dueAt: plan.dueAt, slaStartedAt: plan.slaStartedAt };
  // Both escalations are on their way already: nothing left to schedule.
  if (plan.slaWatch === 'stop') return { set: clock, remove: ['slaWatch'] };
  return { set: { ...clock, slaWatch: plan.slaWatch } };
}
