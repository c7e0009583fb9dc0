/**
 * A carrier did not deliver an alert SMS to a person of the chain (shared/alerts/record-sms-delivery-failure.ts):
 * the alert moves on at once to the next in the chain (the first person's failure to the second, the
 * second's to the supervisors), instead of waiting out the acknowledgement window for a phone that never
 * rang. The step is enqueued like the SLA job enqueues it (one conditional write requiring `diterima`), so
 * it goes out once however many failures are reported, and the job never enqueues it a second time.
 */
import { isMoot } from '../alerts/case-alert.js';
import { nextSlaEscalation, reserveFirstAttempt } from '../alerts/outbox-schedule.js';
import type { AlertJobDependencies } from '../alerts/ports.js';
import type { DeliveredAlert } from '../alerts/record-sms-delivery-failure.js';
import { nextWatch } from '../alerts/sla-escalation-plan.js';
import { responseClockOf } from '../domain/response-clock.js';
import type { ChainEvent } from '../intake/ports.js';
import { publishCaseAlert } from '../intake/publish-case-alert.js';
import { chainTimes } from './acknowledge-chain.js';

const MAX_TRIES = 3;

const NEXT_STEP: Readonly<Partial<Record<string, ChainEvent>>> = { first: 'chainSecond', second: 'chainSupervisors' };

/** The chain step sent because of the failure; undefined when there is none to send. */
export async function advanceChainAfterFailure(deps: AlertJobDependencies, failed: DeliveredAlert): Promise<ChainEvent | undefined> {
  const next = failed.recipient ? NEXT_STEP[failed.recipient.step] : undefined;
  if (!next) return undefined;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const current = await deps.outbox.findCurrentOutboxCase(failed.tenantId, failed.caseId);
    // Handled (assessed or acknowledged) meanwhile, or the step is already on its way.
    if (!current || isMoot(next, current) || current.alerts[next]) return undefined;
    const alerts = { ...current.alerts, [next]: reserveFirstAttempt(deps.clock.now()) };
    const slaWatch = nextWatch(nextSlaEscalation(responseClockOf(current), alerts), chainTimes(current), alerts);
    const saved = await deps.outbox.saveAlerts(current, alerts, { requireStatus: 'diterima', slaWatch });
    if (saved) {
      deps.logger.info('chain moved on after a failed delivery', { tenant: saved.tenantId, caseId: saved.caseId, event: next });
      await publishCaseAlert({ ...deps, cases: deps.outbox }, saved, next);
      return next;
    }
  }
  return undefined;
}
