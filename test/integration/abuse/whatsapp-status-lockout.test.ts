import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { postJsonFrom } from '../../support/raw-http.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { WhatsAppReporter } from '../../support/whatsapp.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

let nextClient = 20;
const check = (reference: string, trackingCode: string) =>
  postJsonFrom(runtime.url, '/api/v1/blora/reports/status', { reference, trackingCode }, { from: `127.0.2.${nextClient++}` });

describe('tracking-code lockout on WhatsApp', () => {
  it('tells nothing, and answers Meta 200, when a WhatsApp status check names a locked reference', async () => {
    // Prepare
    const { json } = await postJsonFrom(runtime.url, '/api/v1/blora/reports', namedReportJson(), { from: '127.0.2.1' });
    for (let i = 0; i < 5; i++) await check(json.reference, 'AAAA-BBBB-CCCC');
    const reporter = new WhatsAppReporter(runtime, 'blora', '6281311223344');
    await reporter.say('status');

    // Act
    const answer = await reporter.say(`${json.reference} ${json.trackingCode}`);

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('tidak cocok');
    expect(answer.text).not.toContain('Diterima');
  });

  it('locks a reference guessed over WhatsApp for the web too', async () => {
    // Prepare
    const { json } = await postJsonFrom(runtime.url, '/api/v1/blora/reports', namedReportJson(), { from: '127.0.2.2' });
    const guesser = new WhatsAppReporter(runtime, 'blora', '6281311223355');
    for (let i = 0; i < 5; i++) {
      await guesser.say('status');
      await guesser.say(`${json.reference} AAAA-BBBB-CCC${i + 2}`);
    }

    // Act
    const web = await check(json.reference, json.trackingCode);

    // Assess
    expect(web.status).toBe(429);
  });
});
