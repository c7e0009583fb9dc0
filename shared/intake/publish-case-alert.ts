/** Sends a case's alert and marks it sent; a failure leaves it pending for the sweeper, never fails intake. */
import type { Tenant } from '../tenancy/tenant.js';
import type { AlertEvent, AlertPublisher, AppLogger, CaseRecord, CaseStore, Clock } from './ports.js';

export interface AlertDependencies {
  readonly cases: CaseStore;
  readonly alerts: AlertPublisher;
  readonly clock: Clock;
  readonly logger: AppLogger;
}

export async function publishCaseAlert(
  deps: AlertDependencies,
  tenant: Tenant,
  record: CaseRecord,
  event: AlertEvent,
): Promise<boolean> {
  try {
    await deps.alerts.publish({
      tenantId: tenant.id,
      caseId: record.caseId,
      event,
      reference: record.reference,
      channel: record.channel,
      service: record.service,
      category: record.category,
      urgency: record.urgency,
      kecamatan: record.kecamatan,
      dueAt: record.dueAt,
      dedupeId: `${tenant.id}:${record.caseId}:${event}`,
    });
    await deps.cases.markAlertSent(tenant.id, record.caseId, event, deps.clock.now().toISOString());
    return true;
  } catch (error) {
    deps.logger.warn('alert left pending', {
      tenant: tenant.id,
      caseId: record.caseId,
      event,
      errorName: error instanceof Error ? error.name : 'unknown',
    });
    return false;
  }
}
