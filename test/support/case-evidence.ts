/** A WhatsApp report with real files: a photo and a voice note in the report, a document sent after the alert. */
import { readFileSync } from 'node:fs';
import type { DownloadedMedia } from '#shared/channels/whatsapp/ports.js';
import { casesWithReference } from './alert-observations.js';
import type { TestRuntime } from './local-runtime.js';
import { receiptIn, WhatsAppReporter } from './whatsapp.js';

const MEDIA_FIXTURES = new URL('../fixtures/media/', import.meta.url);

export const EVIDENCE = {
  photo: { contentType: 'image/png', bytes: readFileSync(new URL('photo.png', MEDIA_FIXTURES)) },
  voiceNote: { contentType: 'audio/wav', bytes: readFileSync(new URL('voice-note.wav', MEDIA_FIXTURES)) },
  document: { contentType: 'application/pdf', bytes: readFileSync(new URL('surat-visum.pdf', MEDIA_FIXTURES)) },
} as const satisfies Record<string, DownloadedMedia>;

let nextReporter = 6281377700000;
let nextMedia = 1;

export interface EvidenceCase {
  readonly caseId: string;
  readonly reference: string;
  /** Media ids as Meta named them, per file. */
  readonly mediaIds: Readonly<Record<keyof typeof EVIDENCE, string>>;
}

/**
 * Through the real webhook: the photo and the voice note go into the emergency report (sealed in its
 * details), the document comes after the alert (sealed in an addendum). `extra` files come after it too.
 */
export async function reportWithEvidence(
  runtime: TestRuntime,
  tenantId = 'blora',
  extra: readonly (DownloadedMedia & { readonly type: 'document' | 'image' })[] = [],
): Promise<EvidenceCase> {
  const reporter = new WhatsAppReporter(runtime, tenantId, String(nextReporter++));
  const mediaIds = {
    photo: `ev-photo-${nextMedia++}`,
    voiceNote: `ev-voice-${nextMedia++}`,
    document: `ev-doc-${nextMedia++}`,
  };
  for (const [name, id] of Object.entries(mediaIds)) {
    runtime.whatsapp.mediaSource.provide(id, EVIDENCE[name as keyof typeof EVIDENCE]);
  }
  await reporter.say('halo');
  await reporter.tap('svc:pengaduan_kekerasan');
  await reporter.say('Anak tetangga saya sering dipukul ayahnya.');
  await reporter.send({ type: 'image', mediaId: mediaIds.photo, mimeType: 'image/png', caption: 'memar di lengan' });
  await reporter.send({ type: 'audio', mediaId: mediaIds.voiceNote, mimeType: 'audio/ogg; codecs=opus', voice: true });
  await reporter.tap('narr:done');
  await reporter.tap('kec:Cepu', { list: true });
  await reporter.say('Desa Ngloram, dekat balai desa');
  await reporter.tap('when:yesterday', { list: true });
  await reporter.tap('age:anak_6_12', { list: true });
  await reporter.tap('gender:perempuan');
  await reporter.tap('rel:tetangga', { list: true });
  const { reference } = receiptIn((await reporter.tap('danger:ya')).text);
  await reporter.tap('id:anon');
  await reporter.send({ type: 'document', mediaId: mediaIds.document, mimeType: 'application/pdf', caption: 'surat visum' });
  for (const file of extra) {
    const id = `ev-extra-${nextMedia++}`;
    runtime.whatsapp.mediaSource.provide(id, file);
    await reporter.send({ type: file.type, mediaId: id, mimeType: file.contentType });
  }
  await reporter.tap('consent:yes');
  await reporter.tap('confirm:send');
  const [stored] = await casesWithReference(runtime, reference);
  if (!stored) throw new Error(`${reference} was not stored`);
  return { caseId: String(stored.caseId), reference, mediaIds };
}
