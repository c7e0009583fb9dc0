import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCenterKeyItem } from '#shared/store/dynamo-api-key-store.js';
import { generateCallCenterKey, hashApiKey } from '#shared/tenancy/api-keys.js';
import { callAnalyticsCall, genericCall, transcribeCall } from '../../fixtures/call-center/call-fixtures.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const transcriptsUrl = () => `${runtime.url}/api/v1/call-center/transcripts`;
const keyOf = (tenant: string) => runtime.callCenterKeys[tenant] ?? '';

const expectErrorShape = (json: Record<string, any>, code: string) => {
  expect(json.code).toBe(code);
  expect(json.message.id).toEqual(expect.any(String));
  expect(json.message.en).toEqual(expect.any(String));
  expect(JSON.stringify(json)).not.toMatch(/at .*\.ts:\d+|Error:/);
};

const casesOf = async (tenantId: string) =>
  (await runtime.scanAll()).filter((item) => item.type === 'Case' && item.tenantId === tenantId);

describe('call-center API keys', () => {
  it('answers 401 alike when the key is missing, malformed, unknown or another header', async () => {
    // Prepare
    const body = genericCall();
    const attempts: Record<string, string>[] = [
      {},
      { 'x-api-key': 'purwakarta' },
      { 'x-api-key': generateCallCenterKey('purwakarta') },
      { 'x-api-key': `${keyOf('purwakarta')}x` },
      { authorization: `Bearer ${keyOf('purwakarta')}` },
    ];

    // Act
    const answers = await Promise.all(attempts.map((headers) => postJson(transcriptsUrl(), body, headers)));

    // Assess
    for (const { status, json } of answers) {
      expect(status).toBe(401);
      expectErrorShape(json, 'INVALID_API_KEY');
      expect(json).toEqual(answers[0]?.json);
    }
    expect(await casesOf('purwakarta')).toHaveLength(0);
  });

  it("files the case under the key's tenant whatever tenant the body names", async () => {
    // Prepare
    const body: Record<string, any> = { ...genericCall(), tenant: 'mesuji', tenantId: 'mesuji' };
    body.call.tenant = 'mesuji';
    const mesujiBefore = (await casesOf('mesuji')).length;

    // Act
    const { status, json } = await postJson(transcriptsUrl(), body, { 'x-api-key': keyOf('purwakarta') });

    // Assess
    expect(status).toBe(201);
    expect(json.reference).toMatch(/^PWK-/);
    expect((await casesOf('purwakarta')).map((c) => c.reference)).toContain(json.reference);
    expect(await casesOf('mesuji')).toHaveLength(mesujiBefore);
  });

  it("files two separate cases, one per tenant, when two tenants' systems post the same call id", async () => {
    // Prepare
    const body = genericCall();
    body.call.callId = 'shared-call-id-1';
    body.notes.kecamatan = undefined;

    // Act
    const purwakarta = await postJson(transcriptsUrl(), body, { 'x-api-key': keyOf('purwakarta') });
    const mesuji = await postJson(transcriptsUrl(), body, { 'x-api-key': keyOf('mesuji') });

    // Assess
    expect([purwakarta.status, mesuji.status]).toEqual([201, 201]);
    expect(purwakarta.json.reference).toMatch(/^PWK-/);
    expect(mesuji.json.reference).toMatch(/^MSJ-/);
  });

  it('answers 401 when a stored key belongs to a regency that runs no call center', async () => {
    // Prepare
    const key = generateCallCenterKey('blora');
    await runtime.dynamo.documents.send(
      new PutCommand({
        TableName: runtime.tableName,
        Item: callCenterKeyItem({ keyHash: hashApiKey(key), tenantId: 'blora', createdAt: new Date().toISOString() }),
      }),
    );

    // Act
    const { status, json } = await postJson(transcriptsUrl(), genericCall(), { 'x-api-key': key });

    // Assess
    expect(status).toBe(401);
    expectErrorShape(json, 'INVALID_API_KEY');
  });

  it('keeps only hashes of the keys in the table', async () => {
    // Act
    const raw = JSON.stringify(await runtime.scanAll());

    // Assess
    for (const key of Object.values(runtime.callCenterKeys)) {
      expect(raw).not.toContain(key);
      expect(raw).toContain(`APIKEY#${hashApiKey(key)}`);
    }
    expect(Object.keys(runtime.callCenterKeys).sort()).toEqual(['mesuji', 'purwakarta']);
  });
});

describe('bad input to the call-center channel', () => {
  it('accepts a transcript just under 1 MB', async () => {
    // Prepare
    const body = genericCall();
    body.call.callId = 'long-call-1';
    const turn = 'Dia sering dipukul, Bu, saya takut sekali. ';
    const filler = Array.from({ length: 225 }, (_, i) => ({ speaker: 'caller', startSec: 60 + i, text: turn.repeat(100) }));
    body.segments.push(...filler);

    // Act
    const size = Buffer.byteLength(JSON.stringify(body));
    const { status } = await postJson(transcriptsUrl(), body, { 'x-api-key': keyOf('purwakarta') });

    // Assess
    expect(size).toBeGreaterThan(900 * 1024);
    expect(size).toBeLessThan(1024 * 1024);
    expect(status).toBe(201);
  });

  it('answers 413 when the transcript is over 1 MB', async () => {
    // Prepare
    const body = genericCall();
    body.segments.push({ speaker: 'caller', startSec: 99, text: 'x'.repeat(1024 * 1024) });

    // Act
    const { status, json } = await postJson(transcriptsUrl(), body, { 'x-api-key': keyOf('purwakarta') });

    // Assess
    expect(status).toBe(413);
    expectErrorShape(json, 'PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['the transcript is empty', () => ({ ...genericCall(), segments: [] })],
    [
      'only the agent speaks',
      () => {
        const body = genericCall();
        body.segments = body.segments.filter((s: { speaker: string }) => s.speaker === 'agent');
        return body;
      },
    ],
    [
      'only the agent speaks in a Call Analytics file',
      () => {
        const body = callAnalyticsCall();
        body.transcribe.Transcript = body.transcribe.Transcript.filter(
          (turn: { ParticipantRole: string }) => turn.ParticipantRole === 'AGENT',
        );
        return body;
      },
    ],
  ])('answers 422 NO_CALLER_SPEECH when %s', async (_, build) => {
    // Act
    const { status, json } = await postJson(transcriptsUrl(), build(), { 'x-api-key': keyOf('mesuji') });

    // Assess
    expect(status).toBe(422);
    expectErrorShape(json, 'NO_CALLER_SPEECH');
  });

  it('names the invalid fields with 400 when the call record is wrong', async () => {
    // Prepare
    const body = genericCall();
    delete body.call.callId;
    body.call.startedAt = 'kemarin siang';
    body.segments[0].speaker = 'operator';

    // Act
    const { status, json } = await postJson(transcriptsUrl(), body, { 'x-api-key': keyOf('purwakarta') });

    // Assess
    expect(status).toBe(400);
    expectErrorShape(json, 'INVALID_FIELDS');
    expect(json.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['call.callId', 'call.startedAt', 'segments.0.speaker']),
    );
  });

  it('answers 400 naming the field when a Transcribe file of a known format has a wrong item', async () => {
    // Prepare
    const body = transcribeCall();
    body.transcribe.results.items[3].type = 'kata';

    // Act
    const { status, json } = await postJson(transcriptsUrl(), body, { 'x-api-key': keyOf('mesuji') });

    // Assess
    expect(status).toBe(400);
    expectErrorShape(json, 'INVALID_FIELDS');
    expect(json.details).toEqual([expect.objectContaining({ field: 'transcribe.results.items.3.type' })]);
  });

  it("rejects with 400 a kecamatan the agent noted from another regency", async () => {
    // Prepare
    const body = genericCall();
    body.notes.kecamatan = 'Tanjung Raya';

    // Act
    const { status, json } = await postJson(transcriptsUrl(), body, { 'x-api-key': keyOf('purwakarta') });

    // Assess
    expect(status).toBe(400);
    expect(json.details).toEqual([expect.objectContaining({ field: 'location.kecamatan' })]);
  });

  it('answers 400 MALFORMED_BODY when the JSON does not parse and 400 when it is not an object', async () => {
    // Act
    const broken = await fetch(transcriptsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': keyOf('purwakarta') },
      body: '{"call": {"callId": "x"',
    });
    const array = await postJson(transcriptsUrl(), [genericCall()], { 'x-api-key': keyOf('purwakarta') });

    // Assess
    expect(broken.status).toBe(400);
    expectErrorShape((await broken.json()) as Record<string, any>, 'MALFORMED_BODY');
    expect(array.status).toBe(400);
    expectErrorShape(array.json, 'INVALID_FIELDS');
  });

  it('answers 415 when the content type is not JSON', async () => {
    // Act
    const response = await fetch(transcriptsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-api-key': keyOf('purwakarta') },
      body: JSON.stringify(genericCall()),
    });

    // Assess
    expect(response.status).toBe(415);
  });
});
