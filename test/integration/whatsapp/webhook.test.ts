import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders } from '#local/whatsapp-payload.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { addressFixture, findConversationItem, postWebhook, whatsappFixture } from '../../support/whatsapp.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ alertJobIntervalMs: 0 });
});
afterAll(async () => {
  await runtime.stop();
});

const verifyUrl = (params: Record<string, string>) =>
  `${runtime.url}/webhooks/whatsapp?${new URLSearchParams(params).toString()}`;
const blora = () => runtime.whatsapp.phoneNumberIds.blora ?? '';
const textFrom = (from: string) =>
  JSON.stringify(addressFixture(whatsappFixture('text'), { phoneNumberId: blora(), from }));

describe('GET /webhooks/whatsapp', () => {
  it('echoes the challenge when Meta subscribes with our verify token', async () => {
    // Act
    const response = await fetch(
      verifyUrl({ 'hub.mode': 'subscribe', 'hub.verify_token': runtime.whatsapp.verifyToken, 'hub.challenge': '1158201444' }),
    );

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('1158201444');
  });

  it('refuses with 403 when the verify token is wrong or the mode is not subscribe', async () => {
    // Act
    const wrongToken = await fetch(verifyUrl({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }));
    const wrongMode = await fetch(
      verifyUrl({ 'hub.mode': 'unsubscribe', 'hub.verify_token': runtime.whatsapp.verifyToken, 'hub.challenge': '1' }),
    );

    // Assess
    expect(wrongToken.status).toBe(403);
    expect(wrongMode.status).toBe(403);
    expect(await wrongToken.json()).toMatchObject({ code: 'VERIFICATION_FAILED' });
  });
});

describe('POST /webhooks/whatsapp', () => {
  it('refuses with 401 and processes nothing when the signature is missing, wrong or over other bytes', async () => {
    // Prepare
    const from = '6285712340002';
    const body = textFrom(from);
    const { 'x-hub-signature-256': _, ...unsigned } = signedHeaders(body, runtime.whatsapp.appSecret);

    // Act
    const missing = await postWebhook(runtime, body, unsigned);
    const wrongSecret = await postWebhook(runtime, body, signedHeaders(body, 'not-the-app-secret'));
    const reformatted = await postWebhook(
      runtime,
      JSON.stringify(JSON.parse(body), null, 2),
      signedHeaders(body, runtime.whatsapp.appSecret),
    );

    // Assess
    for (const answer of [missing, wrongSecret, reformatted]) {
      expect(answer.status).toBe(401);
      expect(answer.json.code).toBe('INVALID_SIGNATURE');
    }
    expect(runtime.whatsapp.outbox.repliesTo(from)).toEqual([]);
    expect(await findConversationItem(runtime, 'blora', from)).toBeUndefined();
  });

  it('acknowledges a status-only notification with 200 and changes nothing', async () => {
    // Prepare
    const body = JSON.stringify(addressFixture(whatsappFixture('statuses'), { phoneNumberId: blora() }));
    const before = (await runtime.scanAll()).length;

    // Act
    const answer = await postWebhook(runtime, body);

    // Assess
    expect(answer.status).toBe(200);
    expect((await runtime.scanAll()).length).toBe(before);
    expect(runtime.whatsapp.outbox.repliesTo('16505551234')).toEqual([]);
  });

  it('acknowledges a failed delivery status with 200 without storing anything', async () => {
    // Prepare
    const body = JSON.stringify(addressFixture(whatsappFixture('status-failed'), { phoneNumberId: blora() }));
    const before = (await runtime.scanAll()).length;

    // Act
    const answer = await postWebhook(runtime, body);

    // Assess
    expect(answer.status).toBe(200);
    expect((await runtime.scanAll()).length).toBe(before);
  });

  it('acknowledges a message for an unknown phone-number id with 200 and does not answer it', async () => {
    // Prepare
    const from = '6285712340003';
    const body = JSON.stringify(addressFixture(whatsappFixture('text'), { phoneNumberId: '106540352242922', from }));

    // Act
    const answer = await postWebhook(runtime, body);

    // Assess
    expect(answer.status).toBe(200);
    expect(runtime.whatsapp.outbox.repliesTo(from)).toEqual([]);
  });

  it.each(['reaction', 'system'])('acknowledges a %s message with 200 and does not answer it', async (fixture) => {
    // Prepare
    const from = fixture === 'reaction' ? '6285712340004' : '6285712340005';
    const body = JSON.stringify(addressFixture(whatsappFixture(fixture), { phoneNumberId: blora(), from }));

    // Act
    const answer = await postWebhook(runtime, body);

    // Assess
    expect(answer.status).toBe(200);
    expect(runtime.whatsapp.outbox.repliesTo(from)).toEqual([]);
    expect(await findConversationItem(runtime, 'blora', from)).toBeUndefined();
  });

  it.each(['unsupported', 'contacts', 'sticker'])('asks for a readable message when a %s message arrives', async (fixture) => {
    // Prepare
    const from = { unsupported: '6285712340006', contacts: '6285712340007', sticker: '6285712340008' }[fixture] ?? '';
    const body = JSON.stringify(addressFixture(whatsappFixture(fixture), { phoneNumberId: blora(), from }));

    // Act
    const answer = await postWebhook(runtime, body);

    // Assess
    expect(answer.status).toBe(200);
    const [first] = runtime.whatsapp.outbox.repliesTo(from);
    expect(first?.message).toMatchObject({ kind: 'text', text: expect.stringContaining('belum bisa kami baca') });
  });

  it('keeps a first photo for the report and greets when a conversation starts with an image', async () => {
    // Prepare
    const from = '6285712340009';
    const body = JSON.stringify(addressFixture(whatsappFixture('image'), { phoneNumberId: blora(), from }));

    // Act
    const answer = await postWebhook(runtime, body);

    // Assess
    expect(answer.status).toBe(200);
    const texts = runtime.whatsapp.outbox.repliesTo(from).map((r) => ('text' in r.message ? r.message.text : ''));
    expect(texts[0]).toContain('Foto tersimpan');
    expect(texts[1]).toContain('Mbak Silpa');
  });

  it('answers 400 without processing when a correctly signed body is not a WhatsApp notification', async () => {
    // Prepare
    const body = JSON.stringify({ object: 'page', entry: [] });

    // Act
    const answer = await postWebhook(runtime, body);
    const notJson = await postWebhook(runtime, 'not json');

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('INVALID_FIELDS');
    expect(notJson.status).toBe(400);
    expect(notJson.json.code).toBe('MALFORMED_BODY');
  });

  it('answers 413 when a body is larger than any notification Meta sends', async () => {
    // Prepare
    const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [], padding: 'x'.repeat(3_200_000) });

    // Act
    const answer = await postWebhook(runtime, body);

    // Assess
    expect(answer.status).toBe(413);
    expect(answer.json.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
