import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitReport } from '#shared/intake/submit-report.js';
import { casesWithReference } from '../../support/alert-observations.js';
import { CANARY } from '../../support/report-fixtures.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { staffClient } from '../../support/staff/staff-client.js';
import {
  answerUntilDanger,
  choicesOf,
  findConversationItem,
  numberSpellings,
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

let nextNumber = 6281298760000;
/** A fresh Indonesian reporter per test, so conversations never meet. */
const newReporter = (tenant = 'blora') => new WhatsAppReporter(runtime, tenant, String(nextNumber++));

describe('WhatsApp conversation', () => {
  it('stores a case with encrypted personal data and no trace of the number when a named report is confirmed', async () => {
    // Prepare
    const reporter = new WhatsAppReporter(runtime, 'blora', '6281234567891');
    await reporter.say('Halo');
    await reporter.tap('svc:pengaduan_kekerasan');
    await reporter.say(CANARY.narrative);
    await reporter.send({ type: 'image', mediaId: '1003383421387256', mimeType: 'image/jpeg', caption: 'foto memar' });
    await reporter.send({ type: 'audio', mediaId: '1003383421387257', mimeType: 'audio/ogg; codecs=opus' });
    await reporter.tap('narr:done');
    await reporter.say('kec. cepu');
    await reporter.say(CANARY.address);
    await reporter.say('kemarin malam sekitar jam 9');
    await reporter.say('9 tahun');
    await reporter.say('perempuan');
    await reporter.tap('rel:tetangga', { list: true });
    await reporter.tap('danger:tidak');
    await reporter.tap('id:wa');
    await reporter.say(CANARY.name);
    const summary = await reporter.tap('consent:yes');

    // Act
    const receipt = await reporter.tap('confirm:send');

    // Assess
    expect(summary.text).toContain('1 foto, 1 pesan suara');
    expect(summary.text).toContain('Kec. Cepu');
    expect(receipt.status).toBe(200);
    const { reference, trackingCode } = receiptIn(receipt.text);
    expect(reference).toMatch(/^BLR-/);
    const [stored] = await casesWithReference(runtime, reference);
    expect(stored).toMatchObject({ channel: 'whatsapp', kecamatan: 'Cepu', anonymous: false, urgency: 'TINGGI' });
    const context = { tenant: 'blora', caseId: stored?.caseId } as const;
    const identity = await runtime.deps.vault.open({ ...context, purpose: 'identity' }, stored?.identity);
    expect(identity).toMatchObject({ name: CANARY.name, phone: CANARY.phoneE164 });
    const details = await runtime.deps.vault.open<Record<string, any>>({ ...context, purpose: 'details' }, stored?.details);
    expect(details.narrative).toContain('kanari-unik-8841');
    expect(details.narrative).toContain('foto memar');
    expect(details.victim).toEqual({ ageGroup: 'anak_6_12', gender: 'perempuan', relationToReporter: 'tetangga' });
    expect(details.contactBack).toBe(true);
    // The files are sealed with the narrative, in the report itself (one KMS request, no addendum).
    expect(details.media.map((m: { kind: string }) => m.kind)).toEqual(['image', 'audio']);
    expect(stored).not.toHaveProperty('addenda');
    const file = await runtime.whatsapp.deps.media.get('blora', details.media[0].objectId);
    expect(file?.bytes.toString()).toContain('1003383421387256');

    const raw = JSON.stringify(await runtime.scanAll());
    for (const secret of [...numberSpellings(reporter.number), CANARY.name, CANARY.address, 'kanari-unik-8841', 'memar', trackingCode]) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toContain(receipt.messageId);
    expect(raw).not.toContain(receipt.messageId.slice(6, 30));
  });

  it('answers once and stores one case when Meta redelivers the confirming message', async () => {
    // Prepare
    const reporter = newReporter();
    await answerUntilDanger(reporter);
    await reporter.tap('danger:tidak');
    await reporter.tap('id:anon');
    await reporter.tap('consent:yes');
    const first = await reporter.tap('confirm:send');

    // Act
    const again = await reporter.tap('confirm:send', { messageId: first.messageId });

    // Assess
    expect(again.status).toBe(200);
    expect(again.replies).toEqual([]);
    expect(await casesWithReference(runtime, receiptIn(first.text).reference)).toHaveLength(1);
  });

  it('does not move the conversation on when a redelivered answer arrives after the next one', async () => {
    // Prepare
    const reporter = newReporter();
    await reporter.say('halo');
    const chosen = await reporter.tap('svc:konsultasi');
    await reporter.say('Saya ingin bertanya soal hak asuh anak.');

    // Act
    const redelivered = await reporter.tap('svc:konsultasi', { messageId: chosen.messageId });
    const next = await reporter.tap('narr:done');

    // Assess
    expect(redelivered.replies).toEqual([]);
    expect(next.text).toContain('Di kecamatan mana');
  });

  it('alerts the on-call team and gives emergency numbers before the report is complete when someone is in danger', async () => {
    // Prepare
    const reporter = newReporter();
    await answerUntilDanger(reporter, { narrative: 'Suami saya sering mengamuk di rumah.' });

    // Act
    const danger = await reporter.tap('danger:ya');

    // Assess
    expect(danger.text).toContain('112');
    expect(danger.text).toContain('129');
    expect(danger.text).toContain('0895-3914-04000');
    const { reference } = receiptIn(danger.text);
    expect(runtime.printed.some((line) => line.includes(reference) && line.includes('DARURAT'))).toBe(true);
    const [stored] = await casesWithReference(runtime, reference);
    expect(stored).toMatchObject({ urgency: 'DARURAT', anonymous: true });
    expect(stored).not.toHaveProperty('identity');
    expect(choicesOf(danger.replies.at(-1)!)).toEqual(['id:anon', 'id:wa']);
  });

  it('adds the remaining answers to the same emergency case when the reporter finishes after the alert', async () => {
    // Prepare
    const reporter = newReporter();
    await answerUntilDanger(reporter);
    const { reference } = receiptIn((await reporter.tap('danger:ya')).text);
    await reporter.tap('id:wa');
    await reporter.send({ type: 'image', mediaId: '777000111', mimeType: 'image/jpeg', caption: 'pintu dirusak' });
    await reporter.tap('name:skip');
    await reporter.tap('consent:yes');

    // Act
    const done = await reporter.tap('confirm:send');

    // Assess
    expect(done.text).toContain(reference);
    const cases = await casesWithReference(runtime, reference);
    expect(cases).toHaveLength(1);
    const [stored] = cases;
    expect(stored).toMatchObject({ anonymous: false, version: 2, changeKeys: new Set(['final']) });
    const context = { tenant: 'blora', caseId: stored?.caseId } as const;
    const identity = await runtime.deps.vault.open({ ...context, purpose: 'identity' }, stored?.identity);
    expect(identity).toEqual({ phone: `+${reporter.number}` });
    // The addendum is the case's second version, an item of its own in the case's history.
    const history = (await runtime.scanAll()).filter((item) => item.type === 'CaseEvent' && item.caseId === stored?.caseId);
    expect(history.map((item: any) => [item.version, item.entry.kind])).toEqual([[2, 'addendum']]);
    const addendum = await runtime.deps.vault.open<Record<string, any>>({ ...context, purpose: 'details' }, (history[0] as any).entry.details);
    expect(addendum).toMatchObject({ contactBack: true, media: [{ kind: 'image', caption: 'pintu dirusak' }] });
  });

  it('shows staff what an emergency reporter added after the alert, and that they may now be contacted', async () => {
    // Prepare
    const reporter = newReporter();
    await answerUntilDanger(reporter);
    const { reference } = receiptIn((await reporter.tap('danger:ya')).text);
    await reporter.tap('id:wa');
    await reporter.send({ type: 'image', mediaId: '777000222', mimeType: 'image/jpeg', caption: 'pintu dirusak' });
    await reporter.send({ type: 'audio', mediaId: '777000223', mimeType: 'audio/ogg; codecs=opus' });
    await reporter.tap('name:skip');
    await reporter.tap('consent:yes');
    await reporter.tap('confirm:send');
    const [stored] = await casesWithReference(runtime, reference);

    // Act
    const view = await staffClient(runtime, 'blora').get(`/cases/${stored?.caseId}`);

    // Assess
    expect(view.json.details.contactBack).toBe(true);
    expect(view.json.hasIdentity).toBe(true);
    expect(view.json.timeline).toContainEqual(
      expect.objectContaining({
        kind: 'addendum',
        media: [{ kind: 'image', caption: 'pintu dirusak' }, { kind: 'audio' }],
        contactBack: true,
      }),
    );
  });

  it("answers a conversation's later, different draft with its filed case instead of a conflict", async () => {
    // Prepare
    const tenant = await runtime.deps.tenants.find('blora');
    if (!tenant) throw new Error('blora not seeded');
    const draft = (narrative: string) => ({
      channel: 'whatsapp',
      channelRef: `conversation:race-${nextNumber++}`,
      service: 'pengaduan_kekerasan',
      narrative,
      victim: {},
      reporter: { anonymous: true },
      consent: { dataProcessing: true },
    });
    const first = draft('Anak tetangga dipukul.');
    const filed = await submitReport(runtime.deps, tenant, first, { conversation: true });

    // Act
    const later = await submitReport(runtime.deps, tenant, { ...first, narrative: 'Anak tetangga dipukul. [foto]' }, { conversation: true });

    // Assess
    expect(later).toMatchObject({ reference: filed.reference, trackingCode: filed.trackingCode, created: false, contentChanged: true });
    expect(await casesWithReference(runtime, filed.reference)).toHaveLength(1);
  });

  it('leaves no draft behind when the reporter types batal', async () => {
    // Prepare
    const reporter = newReporter();
    await reporter.say('halo');
    await reporter.tap('svc:pengaduan_kekerasan');
    await reporter.say('Ini cerita rahasia yang harus hilang.');
    expect(await findConversationItem(runtime, 'blora', reporter.number)).toBeDefined();

    // Act
    const cancelled = await reporter.say('BATAL');

    // Assess
    expect(cancelled.text).toContain('tidak ada jawaban laporan yang tersimpan');
    expect(await findConversationItem(runtime, 'blora', reporter.number)).toBeUndefined();
  });

  it('starts again from the greeting when the reporter types ulang', async () => {
    // Prepare
    const reporter = newReporter();
    await answerUntilDanger(reporter);

    // Act
    const restarted = await reporter.say('ulang');
    const chosen = await reporter.tap('svc:konseling');

    // Assess
    expect(restarted.text).toContain('kita mulai dari awal');
    expect(choicesOf(restarted.replies[1]!)).toContain('svc:pengaduan_kekerasan');
    expect(chosen.text).toContain('Ceritakan singkat');
  });

  it('keeps every photo when several arrive at the same moment', async () => {
    // Prepare
    const reporter = newReporter();
    await reporter.say('halo');
    await reporter.tap('svc:pengaduan_kekerasan');
    await reporter.say('Ini foto-foto kejadiannya.');

    // Act
    const sent = await Promise.all(
      [1, 2, 3, 4].map((n) => reporter.send({ type: 'image', mediaId: `batch-${n}`, mimeType: 'image/jpeg' })),
    );
    await reporter.tap('narr:done');
    await reporter.tap('kec?', { list: true });
    await reporter.tap('place:skip');
    await reporter.tap('when:unknown', { list: true });
    await reporter.tap('age:tidak_tahu', { list: true });
    await reporter.tap('gender:tidak_tahu');
    await reporter.tap('rel:lainnya', { list: true });
    await reporter.tap('danger:tidak_tahu');
    await reporter.tap('id:anon');
    const summary = await reporter.tap('consent:yes');

    // Assess
    expect(sent.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    expect(summary.text).toContain('4 foto');
  });

  it('sends an owed reply exactly once when the first send failed and Meta redelivers the message', async () => {
    // Prepare
    const reporter = newReporter();
    await reporter.say('halo');
    runtime.whatsapp.outbox.failNext(1);

    // Act
    const failed = await reporter.tap('svc:pengaduan_kekerasan');
    const redelivered = await reporter.tap('svc:pengaduan_kekerasan', { messageId: failed.messageId });
    const next = await reporter.say('Tetangga saya dipukul suaminya.');

    // Assess
    expect(failed.status).toBe(503);
    expect(failed.replies).toEqual([]);
    expect(redelivered.status).toBe(200);
    expect(redelivered.text).toContain('Ceritakan apa yang terjadi');
    expect(redelivered.replies).toHaveLength(1);
    expect(next.text).toContain('Tercatat');
  });

  it('continues in English when the reporter picks English', async () => {
    // Prepare
    const reporter = newReporter('purwakarta');
    await reporter.say('hi');

    // Act
    const switched = await reporter.tap('lang:en', { list: true });
    const chosen = await reporter.tap('svc:pengaduan_kekerasan');

    // Assess
    expect(switched.text).toContain('continue in English');
    expect(switched.text).toContain('Kabupaten Purwakarta');
    expect(chosen.text).toContain('Tell us what happened');
  });

  it('tells the status of a report when the reporter sends its reference and tracking code', async () => {
    // Prepare
    const reporter = newReporter();
    await answerUntilDanger(reporter);
    await reporter.tap('danger:tidak');
    await reporter.tap('id:anon');
    await reporter.tap('consent:yes');
    const { reference, trackingCode } = receiptIn((await reporter.tap('confirm:send')).text);
    await reporter.say('status');

    // Act
    const answer = await reporter.say(`${reference.toLowerCase()} ${trackingCode.replaceAll('-', ' ')}`);
    const wrong = await (async () => {
      await reporter.say('status');
      return reporter.say(`${reference} AAAA-BBBB-CCCC`);
    })();

    // Assess
    expect(answer.text).toContain(`Laporan *${reference}*: Diterima, menunggu asesmen`);
    expect(wrong.text).toContain('tidak cocok');
  });

  it('keeps the draft and returns to the open question when a status check interrupts a report', async () => {
    // Prepare
    const reporter = newReporter();
    await answerUntilDanger(reporter);
    await reporter.say('status');

    // Act
    const back = await reporter.say('BLR-2026-99999 ABCD-EFGH-JKMN');

    // Assess
    expect(back.text).toContain('tidak cocok');
    expect(back.text).toContain('dalam bahaya');
  });

  it('re-asks helpfully when free text does not fit a choice', async () => {
    // Prepare
    const reporter = newReporter();
    await answerUntilDanger(reporter);

    // Act
    const unclear = await reporter.say('hmm entahlah kak');
    const sticker = await reporter.send({ type: 'sticker', mediaId: 'sticker-1', mimeType: 'image/webp' });

    // Assess
    expect(unclear.text).toContain('belum kami pahami');
    expect(unclear.text).toContain('dalam bahaya');
    expect(sticker.text).toContain('belum bisa kami baca');
  });
});
