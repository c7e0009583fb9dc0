/**
 * The phone carriers, simulated. Told to (`POST /_local/sms/carrier-failures`), they refuse the next alert
 * SMS after SNS accepted them, as a real carrier does when the account is in the SMS sandbox, over its spend
 * limit or blocked. The refusal is reported the way SNS reports it in the cloud, a delivery-status record in a
 * CloudWatch Logs subscription event, to the same handler and use case (functions/sms-delivery-status).
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { CloudWatchLogsEvent, CloudWatchLogsPayload, SmsDeliveryStatus } from '#shared/alerts/sns-sms-delivery-status.js';
import type { AlertPublisher, CaseAlert, Clock, PublishedAlert } from '#shared/intake/ports.js';

/** What a carrier says when it blocks a message, as SNS logs it. */
export const SIMULATED_REFUSAL = 'Phone carrier has blocked this message';
/** How long after accepting an SMS whose record its sender writes the carrier's refusal is reported. */
const REPORT_DELAY_MS = 1000;

export class SimulatedCarrier {
  private toRefuse = 0;
  /** Accepted by "SNS" but refused by the carrier; reported once the delivery is recorded. */
  private readonly refused = new Set<string>();
  /** Refusals to report once their sender has marked the case sent. */
  private readonly later = new Map<ReturnType<typeof setTimeout>, () => Promise<void>>();

  constructor(
    private readonly report: (event: CloudWatchLogsEvent) => Promise<unknown>,
    private readonly clock: Clock,
    private readonly print: (line: string) => void,
  ) {}

  /** How many of the next alert SMS the carrier will refuse. */
  get refusalsToCome(): number {
    return this.toRefuse;
  }

  refuseNext(count: number): void {
    this.toRefuse = count;
  }

  /** The transport behind the carrier: a refused SMS is accepted (it gets a message id) but never reaches a phone. */
  carry(transport: AlertPublisher): AlertPublisher {
    return {
      publish: async (alert: CaseAlert): Promise<PublishedAlert> => {
        if (this.toRefuse === 0) return transport.publish(alert);
        this.toRefuse--;
        const messageId = randomUUID();
        this.refused.add(messageId);
        this.print(`[carrier] refused the ${alert.event} SMS about ${alert.reference} (simulated; ${this.toRefuse} more to refuse)`);
        return { messageId };
      },
    };
  }

  /**
   * Reports refusals after `publisher` has recorded the delivery: a carrier's report comes after SNS accepted.
   * The intake's first SMS is recorded by its sender marking the case sent, after `publish` returns: its
   * refusal is reported a moment later, as SNS's log does in the cloud (`settled()` reports it at once).
   */
  reportRefusals(publisher: AlertPublisher): AlertPublisher {
    return {
      publish: async (alert: CaseAlert): Promise<PublishedAlert> => {
        const published = await publisher.publish(alert);
        if (!this.refused.delete(published.messageId)) return published;
        if (published.recordDelivery) this.reportLater(published.messageId);
        else await this.reportRefusal(published.messageId);
        return published;
      },
    };
  }

  /** Reports every refusal still waiting for its moment. */
  async settled(): Promise<void> {
    const waiting = [...this.later];
    this.later.clear();
    for (const [timer] of waiting) clearTimeout(timer);
    await Promise.all(waiting.map(([, report]) => report()));
  }

  private reportLater(messageId: string): void {
    const report = () => this.reportRefusal(messageId);
    const timer = setTimeout(() => {
      this.later.delete(timer);
      void report();
    }, REPORT_DELAY_MS);
    this.later.set(timer, report);
  }

  private async reportRefusal(messageId: string): Promise<void> {
    const record: SmsDeliveryStatus = {
      notification: { messageId },
      delivery: { providerResponse: SIMULATED_REFUSAL },
      status: 'FAILURE',
    };
    const event = subscriptionEvent([{ id: randomUUID(), timestamp: this.clock.now().getTime(), message: JSON.stringify(record) }]);
    await this.report(event).catch((error: unknown) =>
      this.print(`[carrier] the refusal report failed: ${error instanceof Error ? error.name : 'unknown'}`),
    );
  }
}

/** The event CloudWatch Logs delivers to a subscribed function: the log events, gzipped and base64-encoded. */
export function subscriptionEvent(logEvents: CloudWatchLogsPayload['logEvents']): CloudWatchLogsEvent {
  const payload: CloudWatchLogsPayload = { messageType: 'DATA_MESSAGE', logEvents };
  return { awslogs: { data: gzipSync(JSON.stringify(payload)).toString('base64') } };
}
