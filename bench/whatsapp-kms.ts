/**
 * KMS requests per WhatsApp message: a whole conversation through the local webhook, counting the data-key
 * provider's calls (in the cloud each one is one KMS request: GenerateDataKey or Decrypt, see
 * shared/crypto/kms-data-key-provider.ts). Media are not counted: in the cloud S3 encrypts them with the
 * tenant key itself (SSE-KMS with a bucket key), not through our KMS client.
 */
import { NO_ABUSE_LIMITS } from '../test/support/abuse-limits.js';
import { countingDataKeys, newKmsCounter } from '../test/support/counting-data-keys.js';
import { startTestRuntime } from '../test/support/local-runtime.js';
import { WhatsAppReporter } from '../test/support/whatsapp.js';

export interface WhatsAppKms {
  readonly messages: number;
  /** The most any message but the filing one took (open and reseal the draft). */
  readonly maxPerMessage: number;
  /** The message that files the report: the draft's two plus the report's own (`details`, `identity`). */
  readonly filingMessage: number;
  readonly perConversation: number;
}

export async function measureWhatsAppKms(): Promise<WhatsAppKms> {
  const counter = newKmsCounter();
  const runtime = await startTestRuntime({
    abuseLimits: NO_ABUSE_LIMITS,
    decorateDataKeys: (keys) => countingDataKeys(keys, counter),
  });
  try {
    const reporter = new WhatsAppReporter(runtime, 'blora', '6281299887766');
    // A named report with a photo: every kind of step a reporter takes; `confirm:send` then files it.
    const steps: (() => Promise<unknown>)[] = [
      () => reporter.say('Halo'),
      () => reporter.tap('svc:pengaduan_kekerasan'),
      () => reporter.say('Anak tetangga sering dipukul ayah tirinya.'),
      () => reporter.send({ type: 'image', mediaId: 'bench-media-1', mimeType: 'image/jpeg', caption: 'memar' }),
      () => reporter.tap('narr:done'),
      () => reporter.tap('kec:Cepu', { list: true }),
      () => reporter.say('Dekat pasar'),
      () => reporter.tap('when:yesterday', { list: true }),
      () => reporter.tap('age:anak_6_12', { list: true }),
      () => reporter.tap('gender:perempuan'),
      () => reporter.tap('rel:tetangga', { list: true }),
      () => reporter.tap('danger:tidak'),
      () => reporter.tap('id:wa'),
      () => reporter.say('Bench Pelapor'),
      () => reporter.tap('consent:yes'),
    ];
    let maxPerMessage = 0;
    for (const step of steps) {
      const before = counter.calls;
      await step();
      maxPerMessage = Math.max(maxPerMessage, counter.calls - before);
    }
    const beforeFiling = counter.calls;
    await reporter.tap('confirm:send');
    const filingMessage = counter.calls - beforeFiling;
    return { messages: steps.length + 1, maxPerMessage, filingMessage, perConversation: counter.calls };
  } finally {
    await runtime.stop();
  }
}
