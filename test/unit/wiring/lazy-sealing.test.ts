import { describe, expect, it } from 'vitest';
import type { SealedEnvelope } from '#shared/crypto/envelope.js';
import type { CaseAlert } from '#shared/intake/ports.js';
import type { SealingAdapters } from '#shared/wiring/cloud-sealing.js';
import { lazySealingAdapters } from '#shared/wiring/lazy-sealing.js';

const context = { tenant: 'blora', caseId: '01JCASE0000000000000000000', purpose: 'details' } as const;
const envelope = { v: 1 } as unknown as SealedEnvelope;

/** Adapters that record what reached them, as the KMS/SNS-backed ones would receive it. */
function recordingAdapters(calls: string[]): SealingAdapters {
  return {
    vault: {
      seal: async (_context, value) => {
        calls.push(`seal ${JSON.stringify(value)}`);
        return envelope;
      },
      open: async <T>() => {
        calls.push('open');
        return 'opened' as T;
      },
    },
    alerts: {
      publish: async (alert) => {
        calls.push(`publish ${alert.event}`);
        return { messageId: 'm-1' };
      },
    },
    addressKey: async () => Buffer.alloc(32, 7),
  };
}

describe('lazySealingAdapters', () => {
  it('loads the clients with the first seal, not before, and once for every later call', async () => {
    // Prepare
    const calls: string[] = [];
    let loads = 0;
    const adapters = lazySealingAdapters(async () => {
      loads++;
      return recordingAdapters(calls);
    });

    // Act
    const beforeFirstUse = loads;
    const sealed = await adapters.vault.seal(context, { narrative: 'x' });
    const opened = await adapters.vault.open(context, sealed);
    await adapters.alerts.publish({ event: 'received' } as CaseAlert);
    const key = await adapters.addressKey();

    // Assess
    expect(beforeFirstUse).toBe(0);
    expect(loads).toBe(1);
    expect(sealed).toBe(envelope);
    expect(opened).toBe('opened');
    expect(key).toHaveLength(32);
    expect(calls).toEqual(['seal {"narrative":"x"}', 'open', 'publish received']);
  });

  it('tries the load again with the next request when the chunk could not be loaded', async () => {
    // Prepare
    let loads = 0;
    const adapters = lazySealingAdapters(async () => {
      loads++;
      if (loads === 1) throw new Error('chunk not readable');
      return recordingAdapters([]);
    });

    // Act
    const first = adapters.vault.seal(context, {});
    await expect(first).rejects.toThrow('chunk not readable');
    const second = await adapters.vault.seal(context, {});

    // Assess
    expect(second).toBe(envelope);
    expect(loads).toBe(2);
  });
});
