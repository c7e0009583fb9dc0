/**
 * Sends one alert of a case and marks it sent; a failure, or a hand-off to the sweeper (shared/alerts/sweeper-hand-off.ts),
 * leaves it pending for the sweeper and never fails the caller.
 */
import { type AlertSubject, caseAlert } from '../alerts/case-alert.js';
import { ALARM_AFTER_ATTEMPTS } from '../alerts/outbox-schedule.js';
import type { AlertEvent, AlertPublisher, AppLogger, CaseStore, Clock } from './ports.js';

export interface AlertDependencies {
  readonly cases: Pick<CaseStore, 'markAlertSent'>;
  readonly alerts: AlertPublisher;
  readonly clock: Clock;
  readonly logger: AppLogger;
}

/** `attempts` (when known) only decides how loudly a failure is logged. */
export async function publishCaseAlert(
  deps: AlertDependencies,
  subject: AlertSubject,
  event: AlertEvent,
  attempts = 1,
): Promise<boolean> {
  try {
    const published = await deps.alerts.publish(caseAlert(subject, event));
    if (published.handedOff) return false;
    await deps.cases.markAlertSent(subject.tenantId, subject.caseId, event, deps.clock.now().toISOString());
    return true;
  } catch (error) {
    deps.logger[attempts >= ALARM_AFTER_ATTEMPTS ? 'error' : 'warn']('alert left pending', {
      tenant: subject.tenantId,
      caseId: subject.caseId,
      event,
      attempts,
      errorName: error instanceof Error ? error.name : 'unknown',
    });
    return false;
  }
}
