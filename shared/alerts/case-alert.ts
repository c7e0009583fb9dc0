/** The alert of one case event, built from the case's plaintext routing fields only. */
import type { AlertEvent, CaseAlert, CaseRecord } from '../intake/ports.js';
import { isChainEvent } from '../oncall/acknowledge-chain.js';

/** What an alert may say about a case: the routing fields, never a sealed part. */
export type AlertSubject = Pick<
  CaseRecord,
  'tenantId' | 'caseId' | 'reference' | 'channel' | 'service' | 'category' | 'urgency' | 'kecamatan' | 'dueAt'
>;

/** Who an event is for: the on-call team, or (second escalation) the tenant's supervisors. */
export type AlertAudience = 'on-call' | 'supervisors';

export function audienceOf(event: AlertEvent): AlertAudience {
  return event === 'overdueSupervisor' || event === 'chainSupervisors' || event === 'tpksDueSupervisor'
    ? 'supervisors'
    : 'on-call';
}

/** Escalations are about a case nobody assessed yet; they become moot once someone did. */
export function isEscalation(event: AlertEvent): boolean {
  return event === 'overdue' || event === 'overdueSupervisor';
}

/**
 * An escalation not sent yet that no longer makes sense: the case was assessed, or (a chain step) someone
 * acknowledged it.
 */
export function isMoot(event: AlertEvent, current: { readonly status: string; readonly acknowledgedAt?: string }): boolean {
  if (!isEscalation(event)) return false;
  return current.status !== 'diterima' || (isChainEvent(event) && current.acknowledgedAt !== undefined);
}

/** `assignee`: whom the case is assigned to now (the `assigned` SMS goes to them). */
export function caseAlert(subject: AlertSubject & { readonly assignee?: { readonly id: string } }, event: AlertEvent): CaseAlert {
  return {
    tenantId: subject.tenantId,
    caseId: subject.caseId,
    event,
    reference: subject.reference,
    channel: subject.channel,
    service: subject.service,
    category: subject.category,
    urgency: subject.urgency,
    kecamatan: subject.kecamatan,
    dueAt: subject.dueAt,
    dedupeId: `${subject.tenantId}:${subject.caseId}:${event}`,
    ...(event === 'assigned' && subject.assignee ? { assigneeId: subject.assignee.id } : {}),
  };
}
