/**
 * The retention job: each run plans newly closed cases, destroys the personal data that is due (with a
 * tombstone on the case's timeline) and removes cases whose routing fields are due. Every step reads a
 * bounded page of the sparse `retentionDue` index; a held case is not in it. What a run leaves undone (a
 * full page, a failure) the next run takes up.
 */
import type { Tenant } from '../tenancy/tenant.js';
import { destroyCasePersonalData } from './destroy-case-personal-data.js';
import type { RetentionJobDependencies, ScheduledCase } from './ports.js';
import { yearsAfter } from './retention-rules.js';

/** Cases per stage per run: a run stays well inside its timeout; the schedule runs again soon. */
export const RETENTION_PAGE = 25;

export interface RetentionReport {
  readonly planned: number;
  readonly destroyed: number;
  readonly removed: number;
  readonly failed: number;
}

export async function applyRetention(deps: RetentionJobDependencies): Promise<RetentionReport> {
  const now = deps.clock.now().toISOString();
  const tenants = new Map<string, Promise<Tenant | undefined>>();
  const tenantOf = (id: string) => tenants.get(id) ?? tenants.set(id, deps.tenants.find(id)).get(id);
  const report = { planned: 0, destroyed: 0, removed: 0, failed: 0 };

  const step = async (stage: 'closed' | 'personal' | 'routing', work: (scheduled: ScheduledCase) => Promise<boolean>) => {
    for (const scheduled of await deps.schedule.listStage(stage, now, RETENTION_PAGE)) {
      try {
        if (await work(scheduled)) report[stage === 'closed' ? 'planned' : stage === 'personal' ? 'destroyed' : 'removed']++;
      } catch (error) {
        // One case's failure does not stop the others; it stays due and the next run tries again.
        report.failed++;
        deps.logger.error('retention step failed', {
          tenant: scheduled.tenantId,
          caseId: scheduled.caseId,
          stage,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
    }
  };

  await step('closed', async (scheduled) => {
    const tenant = await tenantOf(scheduled.tenantId);
    if (!tenant) return false;
    const closedAt = String(scheduled.closedAt);
    const next = scheduled.personalDataDestroyedAt
      ? { stage: 'routing' as const, at: yearsAfter(closedAt, tenant.retention.routingFieldsYears) }
      : // Closing after an erasure was granted must not push the erasure back by years.
        { stage: 'personal' as const, at: scheduled.erasure?.grantedAt ?? yearsAfter(closedAt, tenant.retention.personalDataYears) };
    return deps.schedule.moveTo(scheduled, 'closed', next);
  });

  await step('personal', async (scheduled) => {
    const tenant = await tenantOf(scheduled.tenantId);
    // A supervisor may have held the case since the page was read.
    if (!tenant || !(await deps.schedule.stillDue(scheduled, 'personal'))) return false;
    const destroyed = await destroyCasePersonalData(deps, scheduled.tenantId, scheduled.caseId);
    // An erasure request may come before closure: closing later puts the case back in the schedule.
    const { closedAt } = scheduled;
    await deps.schedule.recordDestruction(
      scheduled.tenantId,
      scheduled.caseId,
      {
        kind: 'retention',
        at: deps.clock.now().toISOString(),
        destroyed: 'personal',
        ...destroyed,
        rule: scheduled.erasure ?? { personalDataYears: tenant.retention.personalDataYears, closedAt: String(closedAt) },
      },
      closedAt ? { stage: 'routing', at: yearsAfter(closedAt, tenant.retention.routingFieldsYears) } : undefined,
    );
    deps.logger.info('personal data destroyed', { tenant: scheduled.tenantId, caseId: scheduled.caseId, ...destroyed });
    return true;
  });

  await step('routing', async (scheduled) => {
    await deps.schedule.removeCase(scheduled.tenantId, scheduled.caseId);
    deps.logger.info('case removed after retention', { tenant: scheduled.tenantId, caseId: scheduled.caseId });
    return true;
  });

  return report;
}
