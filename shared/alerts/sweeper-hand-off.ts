/**
 * In the cloud only the alert sweeper may open staff numbers (infra/kms-access.ts), so every other sender
 * (intake, the staff API, the SLA job) hands a rota regency's alert over to it instead of sending: the alert
 * stays pending in the outbox with its first attempt reserved for a minute, and the sweeper sends it to the
 * people on call at that moment, behind the delivery log like every alert: within seconds, invoked by the
 * table's stream (send-handed-off-alerts.ts), else at its every-minute run (60 to 120 seconds after the
 * report). A regency without a rota keeps its topic, sent at once as before.
 *
 * Intake asks the tenant registry (the flag `rotaSavedAt` on the tenant item, cached up to 5 minutes per
 * container), not the rota: for up to that long after a regency's FIRST rota save, its intake alerts still
 * go to its topic at once, as before the rota. The staff API and the SLA job read the rota itself.
 */
import type { AlertPublisher, CaseAlert, PublishedAlert } from '../intake/ports.js';
import type { ChainSettings } from './ports.js';

export class SweeperHandOffAlertPublisher implements AlertPublisher {
  constructor(
    private readonly chains: ChainSettings,
    /** The regency's topic, behind the delivery log. */
    private readonly topic: AlertPublisher,
  ) {}

  async publish(alert: CaseAlert): Promise<PublishedAlert> {
    if (await this.chains.hasRota(alert.tenantId)) return { messageId: `sweeper:${alert.dedupeId}`, handedOff: true };
    return this.topic.publish(alert);
  }
}
