/**
 * Exactly one SMS per case and event, even when a sender crashes after publishing and the sweeper
 * retries: SNS standard topics cannot deduplicate and SMS cannot subscribe to FIFO topics, so the
 * deduplication happens here. Once the transport accepts an alert, a delivery record keyed by the
 * alert's dedupe id is written (conditional put); a retry that finds the record skips the transport.
 *
 * Residual window, stated honestly: if the process dies after the transport accepted the alert but before
 * the record is written (a few milliseconds), the retry sends a second SMS. A duplicate is the lesser
 * failure: the alternative order (record first) could lose the alert.
 */
import type { AlertPublisher, AppLogger, CaseAlert, Clock, PublishedAlert } from '../intake/ports.js';
import type { AlertDeliveryLog } from './ports.js';

export class IdempotentAlertPublisher implements AlertPublisher {
  constructor(
    private readonly transport: AlertPublisher,
    private readonly deliveries: AlertDeliveryLog,
    private readonly clock: Clock,
    private readonly logger: AppLogger,
  ) {}

  async publish(alert: CaseAlert): Promise<PublishedAlert> {
    const earlier = alert.neverSent ? undefined : await this.deliveries.findDelivery(alert);
    if (earlier) {
      this.logger.info('alert already delivered, not sent again', ids(alert));
      return earlier;
    }
    const published = await this.transport.publish(alert);
    const record = () => this.deliveries.recordDelivery(alert, published, this.clock.now().toISOString());
    // The intake's topic alert: marking it sent keeps the message id on the case, one write instead of two;
    // the caller records only if that mark fails (shared/intake/publish-case-alert.ts).
    if (alert.neverSent && !alert.recipient) return { ...published, recordDelivery: record };
    try {
      await record();
    } catch (error) {
      // The alert is out: let the caller still mark it sent, which closes the window too.
      this.logger.warn('alert delivered but not recorded', {
        ...ids(alert),
        errorName: error instanceof Error ? error.name : 'unknown',
      });
    }
    return published;
  }
}

const ids = (alert: CaseAlert) => ({ tenant: alert.tenantId, caseId: alert.caseId, event: alert.event });
