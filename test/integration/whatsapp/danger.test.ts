import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConversation } from '#shared/channels/whatsapp/conversation.js';
import { casesWithReference, smsAbout } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import {
  answerUntilDanger,
  choicesOf,
  openDraft,
  plantDraft,
  receiptIn,
  WhatsAppReporter,
} from '../../support/whatsapp.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ alertJobIntervalMs: 0 });
});
afterAll(async () => {
  await runtime.stop();
});

let nextNumber = 6281355550000;
const newReporter = () => new WhatsAppReporter(runtime, 'blora', String(nextNumber++));
const FIRST_WORDS = 'Tolong saya, suami saya mau bunuh saya sekarang dia bawa parang';

describe('WhatsApp danger at any step', () => {
  it('answers a first message with danger words with the emergency numbers and one question, not the menu', async () => {
    // Prepare
    const reporter = newReporter();

    // Act
    const first = await reporter.say(FIRST_WORDS);

    // Assess
    expect(first.status).toBe(200);
    expect(first.text).toContain('112');
    expect(first.text).toContain('SAPA 129');
    expect(first.text).toContain('0895-3914-04000');
    expect(first.text).toContain('Apakah ada yang dalam bahaya sekarang?');
    expect(first.replies.flatMap(choicesOf)).toEqual(['now:ya', 'now:tidak']);
  });

  it('files the DARURAT case from the first message and alerts the on-call team within the same call when the reporter taps Ya', async () => {
    // Prepare
    const reporter = newReporter();
    await reporter.say(FIRST_WORDS);

    // Act
    const yes = await reporter.tap('now:ya');

    // Assess
    const { reference } = receiptIn(yes.text);
    const sms = await smsAbout(runtime, reference);
    expect(sms).toHaveLength(1);
    expect(sms[0]?.sms).toContain('DARURAT');
    const [stored] = await casesWithReference(runtime, reference);
    expect(stored).toMatchObject({ urgency: 'DARURAT', anonymous: true, service: 'pengaduan_kekerasan' });
    const details = await runtime.deps.vault.open<Record<string, any>>(
      { tenant: 'blora', caseId: stored?.caseId, purpose: 'details' },
      stored?.details,
    );
    expect(details.narrative).toBe(FIRST_WORDS);
    expect(yes.text).toContain('Ceritakan apa yang terjadi');
  });

  it('greets with the menu as before when a first message has no danger words', async () => {
    // Prepare
    const reporter = newReporter();

    // Act
    const first = await reporter.say('Selamat siang, saya mau tanya soal hak asuh anak setelah cerai');

    // Assess
    expect(first.text).not.toContain('Apakah ada yang dalam bahaya sekarang?');
    expect(first.replies.flatMap(choicesOf)).toContain('svc:pengaduan_kekerasan');
  });

  it('files at once, without asking, when the first message says harm is happening now', async () => {
    // Prepare
    const reporter = newReporter();

    // Act
    const first = await reporter.say('dia sedang memukul saya sekarang');

    // Assess
    const { reference } = receiptIn(first.text);
    expect(first.text).toContain('112');
    expect(first.replies.flatMap(choicesOf)).not.toContain('now:ya');
    expect(await casesWithReference(runtime, reference)).toMatchObject([{ urgency: 'DARURAT' }]);
    expect(await smsAbout(runtime, reference)).toHaveLength(1);
  });

  it('goes on with the open question and files nothing when the reporter answers Tidak', async () => {
    // Prepare
    const reporter = newReporter();
    await reporter.say('halo');
    await reporter.tap('svc:pengaduan_kekerasan');
    const asked = await reporter.say('Kemarin dia mengancam mau membunuh saya.');

    // Act
    const no = await reporter.tap('now:tidak');

    // Assess
    expect(asked.replies.flatMap(choicesOf)).toEqual(['now:ya', 'now:tidak']);
    expect(no.text).toContain('Ceritakan apa yang terjadi');
    const draft = await openDraft(runtime, reporter);
    expect(draft.conversation).toMatchObject({ step: 'narrative', narrative: ['Kemarin dia mengancam mau membunuh saya.'] });
    expect(draft.conversation.caseRef).toBeUndefined();
  });

  it('keeps the emergency case and declines only contact when consent is refused after an emergency filing', async () => {
    // Prepare
    const reporter = newReporter();
    await answerUntilDanger(reporter);
    const { reference } = receiptIn((await reporter.tap('danger:ya')).text);
    await reporter.tap('id:anon');

    // Act
    const declined = await reporter.tap('consent:no');

    // Assess
    expect(declined.text).toContain(`*${reference}* tetap tersimpan dan sedang ditangani`);
    expect(declined.text).not.toContain('tidak dapat kami simpan');
    expect(declined.text).not.toContain('0895-3914-04000');
    expect(await casesWithReference(runtime, reference)).toHaveLength(1);
  });
});

describe('WhatsApp status in one message', () => {
  it('answers "status <reference> <code>" in any spelling and keeps no report text', async () => {
    // Prepare
    const filer = newReporter();
    await answerUntilDanger(filer);
    await filer.tap('danger:tidak');
    await filer.tap('id:anon');
    await filer.tap('consent:yes');
    const { reference, trackingCode } = receiptIn((await filer.tap('confirm:send')).text);
    const asker = newReporter();
    const spaced = `STATUS ${reference.toLowerCase().replaceAll('-', ' ')}  ${trackingCode.toLowerCase().replaceAll('-', '')}`;

    // Act
    const dashed = await asker.say(`status ${reference} ${trackingCode}`);
    const loose = await asker.say(spaced);

    // Assess
    for (const answer of [dashed, loose]) expect(answer.text).toContain(`Laporan *${reference}*: Diterima, menunggu asesmen`);
    const draft = await openDraft(runtime, asker);
    expect(draft.conversation).toMatchObject({ step: 'done', narrative: [], placeDetail: [] });
    expect(JSON.stringify(draft.conversation)).not.toContain(trackingCode.slice(0, 4));
  });

  it('keeps a tracking code typed into a draft out of the report and says so', async () => {
    // Prepare
    const reporter = newReporter();
    await reporter.say('halo');
    await reporter.tap('svc:pengaduan_kekerasan');

    // Act
    const typed = await reporter.say('E937-G8YG-TJ7F');

    // Assess
    expect(typed.text).toContain('kode tidak kami simpan');
    const draft = await openDraft(runtime, reporter);
    expect(draft.conversation).toMatchObject({ step: 'narrative', narrative: [] });
  });
});

describe('WhatsApp drafts across a deploy', () => {
  it('migrates a draft of the first version and goes on where it was', async () => {
    // Prepare
    const reporter = newReporter();
    const conversation = {
      ...startConversation('01JD0000000000000000000001', reporter.number, 'id'),
      step: 'victim_gender',
      service: 'pengaduan_kekerasan',
      narrative: ['Anak tetangga dipukul ayahnya.'],
      kecamatan: 'Cepu',
    };
    await plantDraft(runtime, 'blora', reporter.number, {
      conversationId: conversation.conversationId,
      sealed: { conversation, outbox: [] },
    });

    // Act
    const next = await reporter.tap('gender:perempuan');

    // Assess
    expect(next.status).toBe(200);
    expect(next.text).toContain('Apa hubungan Anda dengan korban?');
    const draft = await openDraft(runtime, reporter);
    expect(draft).toMatchObject({ version: 2, conversation: { step: 'relation', narrative: ['Anak tetangga dipukul ayahnya.'] } });
  });

  it('starts again kindly, and still hears danger, when a stored draft cannot be read', async () => {
    // Prepare
    const reporter = newReporter();
    await plantDraft(runtime, 'blora', reporter.number, {
      conversationId: '01JD0000000000000000000002',
      sealed: { version: 1, conversation: { step: 'somewhere' }, outbox: 'unknown' },
    });

    // Act
    const next = await reporter.say(FIRST_WORDS);

    // Assess
    expect(next.status).toBe(200);
    expect(next.text).toContain('tidak dapat kami lanjutkan');
    expect(next.text).toContain('112');
    expect(next.replies.flatMap(choicesOf)).toEqual(['now:ya', 'now:tidak']);
  });
});
