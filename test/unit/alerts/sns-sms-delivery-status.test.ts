import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { smsDeliveryFailuresOf, smsFailureReason } from '#shared/alerts/sns-sms-delivery-status.js';
import type { AppLogger } from '#shared/intake/ports.js';
import { subscriptionEvent } from '#local/simulated-carrier.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/sns/${name}`, import.meta.url), 'utf8');
const FAILURE = fixture('sms-delivery-failure.json');
const SUCCESS = fixture('sms-delivery-success.json');

function recordingLogger(): AppLogger & { lines: unknown[][] } {
  const lines: unknown[][] = [];
  const log = (...args: unknown[]) => lines.push(args);
  return { lines, debug: log, info: log, warn: log, error: log };
}

describe('SNS SMS delivery status', () => {
  it('reads the message id and the reason of each failure in a subscription delivery, never the number', () => {
    // Prepare
    const event = subscriptionEvent([
      { id: '36829185963471234', timestamp: Date.parse('2026-11-23T02:14:08Z'), message: FAILURE },
      { id: '36829185963471235', timestamp: Date.parse('2026-11-23T02:14:09Z'), message: SUCCESS },
    ]);

    // Act
    const failures = smsDeliveryFailuresOf(event, recordingLogger());

    // Assess
    expect(failures).toEqual([
      {
        messageId: '1077257a-92f3-5ca3-bc97-6a915b310625',
        reportId: '36829185963471234',
        failedAt: '2026-11-23T02:14:08.000Z',
        reason: 'blocked',
      },
    ]);
    expect(JSON.stringify(failures)).not.toContain('+62812');
  });

  it('skips a log event that is no SMS status, logging its id only', () => {
    // Prepare
    const logger = recordingLogger();
    const event = subscriptionEvent([
      { id: 'e1', timestamp: 0, message: 'START RequestId: 4f1c… +6281200000001' },
      { id: 'e2', timestamp: 0, message: FAILURE },
    ]);

    // Act
    const failures = smsDeliveryFailuresOf(event, logger);

    // Assess
    expect(failures.map((failure) => failure.reportId)).toEqual(['e2']);
    expect(logger.lines).toEqual([['log event is no SMS delivery status', { logEventId: 'e1' }]]);
  });

  it('finds nothing in the control message CloudWatch Logs sends a new subscription', () => {
    // Prepare
    const control = {
      messageType: 'CONTROL_MESSAGE',
      logEvents: [{ id: '', timestamp: 0, message: 'CWL CONTROL MESSAGE: Checking health of destination Lambda.' }],
    };
    const event = { awslogs: { data: gzipSync(JSON.stringify(control)).toString('base64') } };

    // Act
    const failures = smsDeliveryFailuresOf(event, recordingLogger());

    // Assess
    expect(failures).toEqual([]);
  });

  it.each([
    ['No quota left for account', 'spend-limit'],
    ['This delivery would exceed max price', 'spend-limit'],
    ['Sandboxed account unable to send to number.', 'sandbox'],
    ['Phone number is opted out', 'opted-out'],
    ['Phone is on a blocked list', 'opted-out'],
    ['Phone carrier has blocked this message', 'blocked'],
    ['Blocked as spam by phone carrier', 'blocked'],
    ['Phone has blocked SMS', 'blocked'],
    ['Phone is currently unreachable/unavailable', 'unreachable'],
    ['Phone carrier is currently unreachable/unavailable', 'unreachable'],
    ['Invalid phone number', 'invalid-number'],
    ['Unknown error attempting to reach phone', 'unknown'],
  ])('names "%s" as %s', (providerResponse, reason) => {
    // Act
    const named = smsFailureReason(providerResponse);

    // Assess
    expect(named).toBe(reason);
  });
});
