/**
 * The SMS that tells a person of the directory a case was assigned to them: the case's alert link and its
 * reference, nothing of the report. It is the outbox's `assigned` alert: enqueued on the case item with one
 * conditional write, sent at once, retried by the sweeper and deduplicated by the delivery log like every
 * alert (to whomever the case is assigned when it goes out). A later assignment to someone else enqueues it
 * anew; the delivery log keeps one SMS per person and case, so whoever already got the link is not sent it twice.
 */
import { reserveFirstAttempt } from '../alerts/outbox-schedule.js';
import type { AlertJobDependencies } from '../alerts/ports.js';
import { publishCaseAlert } from '../intake/publish-case-alert.js';

const MAX_TRIES = 3;

/** True when the SMS was enqueued (sent now or left to the sweeper); false when the case is gone. */
export async function notifyAssignee(
  deps: Pick<AlertJobDependencies, 'alerts' | 'clock' | 'logger'> & { readonly outbox: Pick<AlertJobDependencies['outbox'], 'findOutboxCase' | 'saveAlerts' | 'markAlertSent'> },
  tenantId: string,
  caseId: string,
): Promise<boolean> {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const current = await deps.outbox.findOutboxCase(tenantId, caseId);
    if (!current?.assignee) return false;
    const saved = await deps.outbox.saveAlerts(current, { ...current.alerts, assigned: reserveFirstAttempt(deps.clock.now()) });
    if (saved) {
      await publishCaseAlert({ ...deps, cases: deps.outbox }, saved, 'assigned');
      return true;
    }
  }
  deps.logger.warn('assignment SMS not enqueued: the case kept changing', { tenant: tenantId, caseId });
  return false;
}
