import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR } from '../../support/test-clock.js';
import { answerUntilDanger, receiptIn, textOf, WhatsAppReporter } from '../../support/whatsapp.js';

const clock = createTestClock(new Date());
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ clock });
});
afterAll(async () => {
  await runtime.stop();
});

let nextNumber = 6281390000001;

/** An anonymous WhatsApp report, filed through the webhook; its case as staff see it. */
async function fileAnonymously(): Promise<{ reporter: WhatsAppReporter; caseId: string }> {
  const reporter = new WhatsAppReporter(runtime, 'blora', String(nextNumber++));
  reporter.clock = clock;
  await answerUntilDanger(reporter);
  await reporter.tap('danger:tidak');
  await reporter.tap('id:anon');
  await reporter.tap('consent:yes');
  const { reference } = receiptIn((await reporter.tap('confirm:send')).text);
  const item = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === reference);
  return { reporter, caseId: String(item?.caseId) };
}

const texts = (reporter: WhatsAppReporter) => reporter.newReplies().map((reply) => reply.message);

describe('staff messages to a WhatsApp reporter', () => {
  it('sends the text into the chat while the 24-hour window is open, and files the answer on the same case', async () => {
    // Prepare
    const { reporter, caseId } = await fileAnonymously();
    const responder = staffClient(runtime, 'blora');
    const casesBefore = (await runtime.scanAll()).filter((i) => i.type === 'Case').length;

    // Act
    const sent = await responder.post(`/cases/${caseId}/messages`, { text: 'Di desa mana kejadiannya?', expectedVersion: 1 });
    const received = texts(reporter);
    const answer = await reporter.say('Desa Ngloram, dekat balai desa. jawaban-kanari-3301');

    // Assess
    expect(sent.json.delivery).toBe('sent');
    expect(received.map(textOf).join('\n')).toContain('Di desa mana kejadiannya?');
    expect(answer.text).toContain('sudah kami teruskan ke petugas');
    const view = (await responder.get(`/cases/${caseId}`)).json;
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'reply', line: 'whatsapp', text: 'Desa Ngloram, dekat balai desa. jawaban-kanari-3301' });
    expect((await runtime.scanAll()).filter((i) => i.type === 'Case')).toHaveLength(casesBefore);
    expect(JSON.stringify(await runtime.scanAll())).not.toContain('jawaban-kanari-3301');
    expect(JSON.stringify(await runtime.scanAll())).not.toContain(reporter.number);
  });

  it('sends only the neutral template after the window, then the waiting text once the reporter answers', async () => {
    // Prepare
    const { reporter, caseId } = await fileAnonymously();
    const responder = staffClient(runtime, 'blora');
    clock.advance(25 * HOUR);

    // Act
    const sent = await responder.post(`/cases/${caseId}/messages`, { text: 'Kapan aman untuk kami hubungi? pesan-kanari-4410', expectedVersion: 1 });
    const whileClosed = texts(reporter);
    const answer = await reporter.say('Sore hari setelah jam 4.');

    // Assess
    expect(sent.json.delivery).toBe('notice');
    expect(whileClosed).toEqual([{ kind: 'template', name: 'lapor_aman_pembaruan', language: 'id' }]);
    expect(answer.text).toContain('Kapan aman untuk kami hubungi? pesan-kanari-4410');
    const view = (await responder.get(`/cases/${caseId}`)).json;
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'reply', text: 'Sore hari setelah jam 4.' });
  });

  it('sends the template once for several waiting messages', async () => {
    // Prepare
    const { reporter, caseId } = await fileAnonymously();
    const responder = staffClient(runtime, 'blora');
    clock.advance(25 * HOUR);

    // Act
    await responder.post(`/cases/${caseId}/messages`, { text: 'Pertanyaan pertama.', expectedVersion: 1 });
    await responder.post(`/cases/${caseId}/messages`, { text: 'Pertanyaan kedua.', expectedVersion: 2 });
    const whileClosed = texts(reporter);
    const answer = await reporter.say('Ya, saya di sini.');

    // Assess
    expect(whileClosed.map((message) => message.kind)).toEqual(['template']);
    expect(answer.text).toContain('Pertanyaan pertama.');
    expect(answer.text).toContain('Pertanyaan kedua.');
  });

  it('keeps a message owed when the send fails and delivers it with the next one', async () => {
    // Prepare
    const { reporter, caseId } = await fileAnonymously();
    const responder = staffClient(runtime, 'blora');
    runtime.whatsapp.outbox.failNext(1);

    // Act
    const failed = await responder.post(`/cases/${caseId}/messages`, { text: 'Pesan yang tertunda.', expectedVersion: 1 });
    const next = await responder.post(`/cases/${caseId}/messages`, { text: 'Pesan berikutnya.', expectedVersion: 2 });
    const received = texts(reporter).map(textOf);

    // Assess
    expect(failed.status).toBe(201);
    expect(failed.json.delivery).toBe('waiting');
    expect(next.json.delivery).toBe('sent');
    expect(received.filter((text) => text.includes('Pesan yang tertunda.'))).toHaveLength(1);
    expect(received.filter((text) => text.includes('Pesan berikutnya.'))).toHaveLength(1);
  });

  it('leaves a web reporter to their inbox', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', {
      service: 'pengaduan_kekerasan',
      narrative: 'Anak tetangga dipukul.',
      location: { kecamatan: 'Cepu' },
      victim: { ageGroup: 'anak_6_12', gender: 'perempuan', relationToReporter: 'tetangga' },
      immediateDanger: 'tidak',
      reporter: { anonymous: true },
      consent: { dataProcessing: true },
    });

    // Act
    const sent = await staffClient(runtime, 'blora').post(`/cases/${caseId}/messages`, { text: 'Halo', expectedVersion: 1 });

    // Assess
    expect(sent.json.delivery).toBe('inbox');
  });
});
