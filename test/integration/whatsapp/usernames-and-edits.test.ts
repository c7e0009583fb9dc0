import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWhatsAppWebhookHandler } from '#functions/whatsapp-webhook/handler.js';
import { messagePayload } from '#local/whatsapp-payload.js';
import { casesWithReference } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import {
  addressFixture,
  answerUntilDanger,
  openDraft,
  postWebhook,
  receiptIn,
  WhatsAppReporter,
  webhookEvent,
  whatsappFixture,
} from '../../support/whatsapp.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ alertJobIntervalMs: 0 });
});
afterAll(async () => {
  await runtime.stop();
});

let next = 0;
const nextBsuid = () => `user.${(9373795779 + next++).toString(16)}eb6441c8adb2eaee5b848e7dd174ddd302d7db`;
const nextNumber = () => String(6281377770000 + next++);

describe('WhatsApp reporters with a username (BSUID)', () => {
  it('answers a BSUID-only text at the BSUID and starts a conversation', async () => {
    // Prepare
    const reporter = new WhatsAppReporter(runtime, 'blora', '', nextBsuid());

    // Act
    const greeted = await reporter.say('halo');
    const chosen = await reporter.tap('svc:pengaduan_kekerasan');

    // Assess
    expect(greeted.status).toBe(200);
    expect(greeted.text).toContain('Mbak Silpa');
    const [first] = runtime.whatsapp.outbox.repliesTo(reporter.userId ?? '');
    expect(first?.address).toEqual({ recipient: reporter.userId });
    expect(chosen.text).toContain('Ceritakan apa yang terjadi');
  });

  it('continues the same conversation when the reporter next writes with both number and BSUID', async () => {
    // Prepare
    const userId = nextBsuid();
    const byUsername = new WhatsAppReporter(runtime, 'blora', '', userId);
    await byUsername.say('halo');
    await byUsername.tap('svc:pengaduan_kekerasan');
    await byUsername.say('Anak tetangga saya sering dipukul ayahnya.');
    const withBoth = new WhatsAppReporter(runtime, 'blora', nextNumber(), userId);

    // Act
    const done = await withBoth.tap('narr:done');

    // Assess
    expect(done.text).toContain('Di kecamatan mana');
    expect(runtime.whatsapp.outbox.repliesTo(withBoth.number).at(-1)?.address).toEqual({ to: withBoth.number });
    const draft = await openDraft(runtime, withBoth);
    expect(draft.conversation).toMatchObject({ step: 'kecamatan', narrative: ['Anak tetangga saya sering dipukul ayahnya.'] });
  });

  it('keeps the conversation and its emergency case when the number disappears from later messages', async () => {
    // Prepare
    const userId = nextBsuid();
    const withBoth = new WhatsAppReporter(runtime, 'blora', nextNumber(), userId);
    await answerUntilDanger(withBoth);
    const { reference } = receiptIn((await withBoth.tap('danger:ya')).text);
    const byUsername = new WhatsAppReporter(runtime, 'blora', '', userId);

    // Act
    await byUsername.tap('id:wa');
    await byUsername.tap('name:skip');
    await byUsername.tap('consent:yes');
    const done = await byUsername.tap('confirm:send');

    // Assess
    expect(done.text).toContain(`laporan *${reference}*`);
    const [stored] = await casesWithReference(runtime, reference);
    expect(stored).toMatchObject({ anonymous: false, changeKeys: new Set(['final']) });
    // The number the reporter wrote from earlier is the one staff may call back.
    const identity = await runtime.deps.vault.open({ tenant: 'blora', caseId: stored?.caseId, purpose: 'identity' }, stored?.identity);
    expect(identity).toEqual({ phone: `+${withBoth.number}` });
  });

  it('changes nothing when a delivery status for a BSUID recipient arrives', async () => {
    // Prepare
    const status = whatsappFixture('statuses');
    const [notice] = status.entry[0].changes[0].value.statuses;
    Object.assign(notice, { recipient_id: '', recipient_user_id: nextBsuid() });
    const body = JSON.stringify(addressFixture(status, { phoneNumberId: runtime.whatsapp.phoneNumberIds.blora ?? '' }));
    const before = await runtime.scanAll();

    // Act
    const answer = await postWebhook(runtime, body);

    // Assess
    expect(answer.status).toBe(200);
    expect(await runtime.scanAll()).toEqual(before);
  });

  it('counts a message that names no sender, answers 200 and publishes it for the alarm', async () => {
    // Prepare
    const payload = messagePayload({ phoneNumberId: runtime.whatsapp.phoneNumberIds.blora ?? '', from: '' }, { type: 'text', text: 'halo' });
    const metrics = new Metrics({ namespace: 'LaporAman', serviceName: 'lapor-aman' });
    const published = vi.spyOn(metrics, 'addMetric');
    vi.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
    const handler = createWhatsAppWebhookHandler(runtime.whatsapp.deps, metrics);

    // Act
    const result = await handler(webhookEvent(runtime, JSON.stringify(payload)), {} as Context);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(String(result.body))).toEqual({ received: 0 });
    expect(published.mock.calls.map(([name, , value]) => [name, value])).toEqual([['UnattributedWhatsAppMessages', 1]]);
  });
});

describe('WhatsApp edits and audio files', () => {
  it('replaces the words in the draft when the reporter edits a message of their story', async () => {
    // Prepare
    const reporter = new WhatsAppReporter(runtime, 'blora', nextNumber());
    await reporter.say('halo');
    await reporter.tap('svc:pengaduan_kekerasan');
    const told = await reporter.say('Anak tetangga dipukul kemarin.');

    // Act
    const edited = await reporter.send({ type: 'edit', originalMessageId: told.messageId, text: 'Anak tetangga dipukul tadi pagi.' });

    // Assess
    expect(edited.text).toContain('Perubahan pesan Anda sudah kami catat');
    const draft = await openDraft(runtime, reporter);
    expect(draft.conversation.narrative).toEqual(['Anak tetangga dipukul tadi pagi.']);
  });

  it('adds an edit to the filed case as an addendum marked "diubah oleh pelapor"', async () => {
    // Prepare
    const reporter = new WhatsAppReporter(runtime, 'blora', nextNumber());
    await reporter.say('halo');
    await reporter.tap('svc:pengaduan_kekerasan');
    const told = await reporter.say('Anak tetangga sering dipukul ayahnya.');
    for (const [id, list] of [['narr:done'], ['kec:Cepu', true], ['place:skip'], ['when:yesterday', true], ['age:anak_6_12', true], ['gender:perempuan'], ['rel:tetangga', true], ['danger:tidak'], ['id:anon'], ['consent:yes']] as const) {
      await reporter.tap(id, { list: list === true });
    }
    const { reference } = receiptIn((await reporter.tap('confirm:send')).text);

    // Act
    const edited = await reporter.send({ type: 'edit', originalMessageId: told.messageId, text: 'Ralat: dipukul ibunya.' });

    // Assess
    expect(edited.text).toContain(`laporan *${reference}*`);
    const [stored] = await casesWithReference(runtime, reference);
    const [event] = (await runtime.scanAll()).filter((item) => item.type === 'CaseEvent' && item.caseId === stored?.caseId);
    const addendum = await runtime.deps.vault.open<Record<string, unknown>>(
      { tenant: 'blora', caseId: stored?.caseId, purpose: 'details' },
      (event as any)?.entry.details,
    );
    expect(addendum).toMatchObject({ source: 'whatsapp', edited: { text: 'Ralat: dipukul ibunya.', label: 'diubah oleh pelapor' } });
  });

  it('thanks for a forwarded audio file as an audio file, not a voice note', async () => {
    // Prepare
    const reporter = new WhatsAppReporter(runtime, 'purwakarta', nextNumber());
    await reporter.say('halo');
    await reporter.tap('svc:pengaduan_kekerasan');

    // Act
    const sent = await reporter.send({ type: 'audio', mediaId: 'forwarded-1', mimeType: 'audio/ogg; codecs=opus', voice: false });

    // Assess
    expect(sent.text).toContain('File audio tersimpan');
    expect(sent.text).not.toContain('Pesan suara');
  });
});
