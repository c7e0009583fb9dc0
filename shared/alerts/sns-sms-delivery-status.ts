/**
 * SNS's SMS delivery-status log, as a CloudWatch Logs subscription delivers it: a base64 gzip of the log
 * events, each event one JSON record of one SMS. Only what the failure use case needs is read: the MessageId
 * SNS answered when it accepted the alert, and the carrier's response as a reason code. The destination
 * number is in each record too; it is never read.
 */
import { gunzipSync } from 'node:zlib';
import * as z from 'zod';
import type { AppLogger } from '../intake/ports.js';
import type { SmsDeliveryFailure, SmsFailureReason } from './record-sms-delivery-failure.js';

/** The Lambda event of a CloudWatch Logs subscription. */
export const CloudWatchLogsEvent = z.object({ awslogs: z.object({ data: z.string().min(1) }) });
export type CloudWatchLogsEvent = z.infer<typeof CloudWatchLogsEvent>;

const LogsPayload = z.object({
  // CloudWatch Logs checks a new subscription with one CONTROL_MESSAGE, which carries no SMS.
  messageType: z.enum(['DATA_MESSAGE', 'CONTROL_MESSAGE']),
  logEvents: z.array(z.object({ id: z.string(), timestamp: z.number(), message: z.string() })),
});
export type CloudWatchLogsPayload = z.input<typeof LogsPayload>;

/** One SMS's record in `sns/<region>/<account>/DirectPublishToPhoneNumber[/Failure]`. */
const SmsDeliveryStatus = z.object({
  notification: z.object({ messageId: z.string().min(1).max(100) }),
  delivery: z.object({ providerResponse: z.string().max(500).optional() }),
  status: z.enum(['SUCCESS', 'FAILURE']),
});
export type SmsDeliveryStatus = z.input<typeof SmsDeliveryStatus>;

/** The failures in one subscription delivery; a record that is no SMS status is logged by id and skipped. */
export function smsDeliveryFailuresOf(event: CloudWatchLogsEvent, logger: AppLogger): SmsDeliveryFailure[] {
  const payload = LogsPayload.parse(JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8')));
  if (payload.messageType === 'CONTROL_MESSAGE') return [];
  const failures: SmsDeliveryFailure[] = [];
  for (const logEvent of payload.logEvents) {
    const record = SmsDeliveryStatus.safeParse(parseJson(logEvent.message));
    if (!record.success) {
      logger.warn('log event is no SMS delivery status', { logEventId: logEvent.id });
      continue;
    }
    if (record.data.status !== 'FAILURE') continue;
    failures.push({
      messageId: record.data.notification.messageId,
      reportId: logEvent.id,
      failedAt: new Date(logEvent.timestamp).toISOString(),
      reason: smsFailureReason(record.data.delivery.providerResponse ?? ''),
    });
  }
  return failures;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Carrier responses SNS reports, most specific first ("on a blocked list" is an opt-out, not a block). */
const REASONS: readonly [RegExp, SmsFailureReason][] = [
  [/no quota left|max price|spend/i, 'spend-limit'],
  [/sandbox/i, 'sandbox'],
  [/opted.?out|blocked list/i, 'opted-out'],
  [/block|spam|filter/i, 'blocked'],
  [/unreachable|unavailable/i, 'unreachable'],
  [/invalid (phone|destination)|does not exist|not a mobile/i, 'invalid-number'],
];

/** The reason code of a carrier response as SNS logs it ("Phone carrier has blocked this message", …). */
export function smsFailureReason(providerResponse: string): SmsFailureReason {
  return REASONS.find(([pattern]) => pattern.test(providerResponse))?.[1] ?? 'unknown';
}
