/**
 * An alert SMS that SNS accepted but a carrier did not deliver (the account's SMS sandbox, the spend limit,
 * a carrier's block, an unreachable phone). SNS's `Publish` answered with a MessageId, so the outbox counted
 * the alert as sent; without this use case the on-call team would hear nothing and nobody would know. The
 * failure is recorded on the alert's delivery record (`ALERT#<caseId>#<event>`) by one conditional write, so
 * a report that arrives twice counts once.
 *
 * A failed delivery to a person of the on-call chain moves the alert on to the next in the chain, from the
 * `recorded` outcome (a report seen twice moves nothing twice).
 */
import type { AlertEvent, AlertRecipient, AppLogger } from '../intake/ports.js';
import { advanceChainAfterFailure } from '../oncall/advance-chain.js';
import type { AlertJobDependencies } from './ports.js';

/** Why a carrier did not deliver an SMS: a stable code, never the carrier's words or the number. */
export const SMS_FAILURE_REASONS = [
  'spend-limit',
  'sandbox',
  'opted-out',
  'blocked',
  'unreachable',
  'invalid-number',
  'unknown',
] as const;
export type SmsFailureReason = (typeof SMS_FAILURE_REASONS)[number];

/** One failed delivery, as the transport's delivery-status report gives it. */
export interface SmsDeliveryFailure {
  /** What the transport answered when it accepted the alert (SNS: the MessageId of `Publish`). */
  readonly messageId: string;
  /** Unique per report: the same report delivered again is recorded once. */
  readonly reportId: string;
  readonly failedAt: string;
  readonly reason: SmsFailureReason;
}

/** The alert an SMS was sent for. */
export interface DeliveredAlert {
  readonly tenantId: string;
  readonly caseId: string;
  readonly event: AlertEvent;
  /** The transport's id of the SMS (SNS MessageId). */
  readonly messageId: string;
  /** The person of the directory it went to, and their place in the chain (absent: the regency's topic). */
  readonly recipient?: { readonly personId: string; readonly step: AlertRecipient['step'] };
}

/** Port: the alerts' delivery records, found by the transport's message id. */
export interface SmsDeliveryFailureLog {
  /** The alert the transport accepted this message for; undefined for a message that was no alert. */
  findAlertByMessageId(messageId: string): Promise<DeliveredAlert | undefined>;
  /** One conditional write on the alert's delivery record: false when this report was recorded before. */
  recordFailure(alert: DeliveredAlert, failure: SmsDeliveryFailure): Promise<boolean>;
}

export interface SmsFailureDependencies {
  readonly failures: SmsDeliveryFailureLog;
  readonly logger: AppLogger;
  /** To move the chain on when the failed SMS went to a person of it (shared/oncall/advance-chain.ts). */
  readonly chain?: AlertJobDependencies;
}

export type RecordedSmsFailure =
  | { readonly outcome: 'recorded'; readonly alert: DeliveredAlert; readonly reason: SmsFailureReason }
  | { readonly outcome: 'already-recorded'; readonly alert: DeliveredAlert }
  /** Not an alert: an SMS sent by hand (`aws sns publish`), or a smoke-test case already removed. */
  | { readonly outcome: 'unknown-message' };

/** Records one failed delivery on the alert it belongs to; logs ids and the reason code only. */
export async function recordSmsDeliveryFailure(
  failure: SmsDeliveryFailure,
  deps: SmsFailureDependencies,
): Promise<RecordedSmsFailure> {
  const alert = await deps.failures.findAlertByMessageId(failure.messageId);
  if (!alert) {
    deps.logger.warn('SMS not delivered, and no alert was sent as this message', {
      messageId: failure.messageId,
      reason: failure.reason,
    });
    return { outcome: 'unknown-message' };
  }
  if (!(await deps.failures.recordFailure(alert, failure))) return { outcome: 'already-recorded', alert };
  deps.logger.warn('alert SMS not delivered', {
    tenant: alert.tenantId,
    caseId: alert.caseId,
    event: alert.event,
    messageId: failure.messageId,
    reason: failure.reason,
  });
  if (deps.chain) await advanceChainAfterFailure(deps.chain, alert);
  return { outcome: 'recorded', alert, reason: failure.reason };
}
