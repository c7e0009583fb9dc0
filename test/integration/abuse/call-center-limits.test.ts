import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_LIMITS } from '#shared/abuse/limits.js';
import { genericCall, transcribeCall } from '../../fixtures/call-center/call-fixtures.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { postJsonFrom } from '../../support/raw-http.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({
    abuseLimits: { ...DEFAULT_ABUSE_LIMITS, callCenterIntakePerKey: { limit: 2, windowSeconds: 3600 } },
  });
});
afterAll(async () => {
  await runtime.stop();
});

const post = (tenant: string, body: Record<string, any>) =>
  postJsonFrom(runtime.url, '/api/v1/call-center/transcripts', body, {
    headers: { 'x-api-key': runtime.callCenterKeys[tenant] ?? '' },
  });

const call = (id: string) => {
  const body = genericCall();
  body.call.callId = id;
  return body;
};

/** Calls counted so far, over every call-center counter. */
async function countedCalls(): Promise<number> {
  const counters = (await runtime.scanAll()).filter((item) => String(item.PK).includes('#call-center-intake#'));
  return counters.reduce((sum, item) => sum + Number(item.count), 0);
}

describe('call-center limits', () => {
  it('answers 429 with Retry-After when one API key posts more calls than the limit, and not for other keys', async () => {
    // Prepare
    const accepted = [await post('purwakarta', call('limit-1')), await post('purwakarta', call('limit-2'))];

    // Act
    const refused = await post('purwakarta', call('limit-3'));
    const otherKey = await post('mesuji', transcribeCall());

    // Assess
    expect(accepted.map((a) => a.status)).toEqual([201, 201]);
    expect(refused.status).toBe(429);
    expect(refused.json.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(otherKey.status).toBe(201);
  });

  it('answers a missing or wrong key with 401 before counting anything', async () => {
    // Prepare
    const before = await countedCalls();
    const wrongKey = { 'x-api-key': `la_cc_purwakarta_${'A'.repeat(43)}` };

    // Act
    const answers = [];
    for (let i = 0; i < 3; i++) {
      answers.push((await postJsonFrom(runtime.url, '/api/v1/call-center/transcripts', call(`nokey-${i}`))).status);
      answers.push((await postJsonFrom(runtime.url, '/api/v1/call-center/transcripts', call(`bad-${i}`), { headers: wrongKey })).status);
    }

    // Assess
    expect(answers).toEqual([401, 401, 401, 401, 401, 401]);
    expect(await countedCalls()).toBe(before);
  });
});
