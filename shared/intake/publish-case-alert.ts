/**
 * Sends one alert of a case and marks it sent; a failure, or a hand-off to the sweeper (shared/alerts/sweeper-hand-off.ts),
 * leaves it pending for the sweeper and never fails the caller.
 */
import { type AlertSubject, caseAlert } from '../alerts/case-alert.js';
import { ALARM_AFTER_ATTEMPTS } from '../alerts/outbox-schedule.js';
import type { OutboxCase } from '../alerts/ports.js';
import type { AlertEvent, AlertPublisher, AppLogger, CaseAlert, CaseStore, Clock } from './ports.js';

export interface AlertDependencies {
  readonly cases: Pick<CaseStore, 'markAlertSent'>;
  readonly alerts: AlertPublisher;
  readonly clock: Clock;
  readonly logger: AppLogger;
}

/** `attempts` (when known) only decides how loudly a failure is logged. */
export function publishCaseAlert(
  deps: AlertDependencies,
  subject: AlertSubject & { readonly assignee?: { readonly id: string } },
  event: AlertEvent,
  attempts = 1,
): Promise<boolean> {
  return sendAndMarkSent(deps, caseAlert(subject, event), attempts);
}

/**
 * The intake alert of a case this very call stored: nothing can have been sent for it and its alerts are
 * known, so neither the delivery record nor the case is read first (two DynamoDB calls fewer per report).
 */
export function publishNewCaseAlert(deps: AlertDependencies, stored: OutboxCase): Promise<boolean> {
  return sendAndMarkSent(deps, { ...caseAlert(stored, 'received'), neverSent: true }, 1, stored);
}

async function sendAndMarkSent(deps: AlertDependencies, alert: CaseAlert, attempts: number, stored?: OutboxCase): Promise<boolean> {
  try {
    const published = await deps.alerts.publish(alert);
    if (published.handedOff) return false;
    const sentAt = deps.clock.now().toISOString();
    if (published.recordDelivery) await markSentOrRecord(deps, alert, sentAt, stored, published.messageId, published.recordDelivery);
    else await deps.cases.markAlertSent(alert.tenantId, alert.caseId, alert.event, sentAt, stored);
    return true;
  } catch (error) {
    deps.logger[attempts >= ALARM_AFTER_ATTEMPTS ? 'error' : 'warn']('alert left pending', {
      tenant: alert.tenantId,
      caseId: alert.caseId,
      event: alert.event,
      attempts,
      errorName: error instanceof Error ? error.name : 'unknown',
    });
    return false;
  }
}

/**
 * The intake alert whose delivery record the publisher left to us: the mark keeps the message id on the case
 * (a carrier's refusal finds the case by it); only if the mark fails, or marks nothing, is the record written,
 * so that the sweeper's retry finds it and sends no second SMS (the record's other job).
 */
async function markSentOrRecord(
  deps: AlertDependencies,
  alert: CaseAlert,
  sentAt: string,
  stored: OutboxCase | undefined,
  messageId: string,
  recordDelivery: () => Promise<void>,
): Promise<void> {
  let marked = false;
  try {
    marked = await deps.cases.markAlertSent(alert.tenantId, alert.caseId, alert.event, sentAt, stored, messageId);
  } finally {
    if (!marked) await recordDelivery();
  }
}
