/**
 * The fast path of the hand-off (sweeper-hand-off.ts): the table's stream tells the alert sweeper which
 * cases just got a pending alert, and it sends their handed-off alerts at once instead of at its next
 * minute. Each send claims its attempt with the same conditional write as the sweep, so a concurrent sweep
 * (or a redelivered stream record) never publishes the same attempt twice; whatever fails here stays pending
 * for the sweep, which remains the safety net and does the retries.
 */
import { isFirstAttemptReserved, handedOffEvents } from './outbox-schedule.js';
import type { AlertJobDependencies } from './ports.js';
import { retryAlert } from './sweep-alert-outbox.js';

export interface CaseKey {
  readonly tenantId: string;
  readonly caseId: string;
}

export interface HandOffReport {
  readonly sent: number;
  /** Cases with an alert not sent (store or transport error): the stream retries them, the sweep too. */
  readonly failedCases: readonly CaseKey[];
}

export async function sendHandedOffAlerts(deps: AlertJobDependencies, cases: readonly CaseKey[]): Promise<HandOffReport> {
  let sent = 0;
  const failedCases: CaseKey[] = [];
  for (const key of cases) {
    try {
      const outcomes = await sendCaseAlerts(deps, key);
      sent += outcomes.filter((outcome) => outcome === 'sent').length;
      if (outcomes.includes('failed')) failedCases.push(key);
    } catch (error) {
      failedCases.push(key);
      deps.logger.error('handed-off alert not handled', {
        tenant: key.tenantId,
        caseId: key.caseId,
        errorName: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
  if (sent + failedCases.length > 0) deps.logger.info('handed-off alerts sent', { sent, failed: failedCases.length });
  return { sent, failedCases };
}

async function sendCaseAlerts(deps: AlertJobDependencies, key: CaseKey) {
  // A regency without a rota had its alerts sent to its topic inline; a pending one there waits for the sweep's backoff.
  if (!(await deps.chains?.hasRota(key.tenantId))) return [];
  const found = await deps.outbox.findOutboxCase(key.tenantId, key.caseId);
  if (!found) return [];
  const now = deps.clock.now();
  const outcomes = [];
  for (const event of handedOffEvents(found.alerts)) {
    outcomes.push(await retryAlert(deps, found, event, now, isFirstAttemptReserved));
  }
  return outcomes;
}
