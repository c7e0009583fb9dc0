/**
 * What the smoke test runs against: the product's table (to find its test case's alert and to remove the
 * case) and the SMS delivery log (where SNS says whether the alert SMS reached a phone). The local runtime
 * and a deployment differ only here.
 */
import type { SmsFailureReason } from '#shared/alerts/record-sms-delivery-failure.js';
import type { SmokeCaseStore } from './smoke-case-store.js';

/** One SMS in the delivery log. */
export type SmsLogEntry =
  | { readonly delivered: true; readonly detail: string }
  | { readonly delivered: false; readonly reason: SmsFailureReason };

export interface SmokeTarget {
  /** Said in the first line of the output. */
  readonly description: string;
  readonly cases: SmokeCaseStore;
  /** What the SMS delivery log holds about a message sent since `since`; undefined while it holds nothing. */
  smsDeliveryOf(messageId: string, since: Date): Promise<SmsLogEntry | undefined>;
  /** Why the log will stay silent for this regency (no number to send to), checked before waiting for it. */
  readonly silentBecause?: string;
}
