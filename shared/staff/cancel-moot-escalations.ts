/**
 * Once a case is assessed its pending SLA escalations are moot, and once it is acknowledged its pending
 * chain steps (shared/alerts/case-alert.ts `isMoot`): they are marked cancelled at once, so the outbox and
 * the timeline say so without waiting for the sweeper.
 *
 * A second write after the status change, and safe as one: the status change itself already made every
 * escalation unsendable (the sweeper's claim of an escalation and the SLA job's enqueue both require
 * status `diterima` in their own conditional write), and this write is guarded by the alerts revision
 * like every outbox write. If it loses a race or fails, the sweeper cancels the same entries at their
 * next attempt, exactly as it did before staff could change a status.
 */
import { isMoot } from '../alerts/case-alert.js';
import type { CaseAlerts } from '../alerts/ports.js';
import type { AlertEvent, AlertOutboxEntry } from '../intake/ports.js';
import type { StaffDependencies } from './ports.js';

export async function cancelMootEscalations(
  deps: Pick<StaffDependencies, 'outbox' | 'clock' | 'logger'>,
  tenantId: string,
  caseId: string,
): Promise<void> {
  try {
    const current = await deps.outbox.findOutboxCase(tenantId, caseId);
    if (!current) return;
    const cancelledAt = deps.clock.now().toISOString();
    const alerts: Partial<Record<AlertEvent, AlertOutboxEntry>> = { ...current.alerts };
    let cancelled = 0;
    for (const [event, entry] of Object.entries(current.alerts) as [AlertEvent, AlertOutboxEntry][]) {
      if (entry.state !== 'pending' || !isMoot(event, current)) continue;
      alerts[event] = { ...entry, state: 'cancelled', cancelledAt };
      cancelled++;
    }
    if (cancelled === 0) return;
    const saved = await deps.outbox.saveAlerts(current, alerts satisfies CaseAlerts);
    if (saved) deps.logger.info('moot escalations cancelled', { tenant: tenantId, caseId, cancelled });
  } catch (error) {
    deps.logger.warn('moot escalations left to the sweeper', {
      tenant: tenantId,
      caseId,
      errorName: error instanceof Error ? error.name : 'unknown',
    });
  }
}
