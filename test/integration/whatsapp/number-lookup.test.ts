import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signedHeaders } from '#local/whatsapp-payload.js';
import { MAX_NUMBERS_PER_BODY } from '#shared/channels/whatsapp/receive-webhook.js';
import { DynamoWhatsAppNumberDirectory, seedWhatsAppNumbers } from '#shared/store/dynamo-whatsapp-numbers.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { FaultPlan, faultyDocuments, faultyPorts } from '../../support/port-faults.js';
import { addressFixture, postWebhook, whatsappFixture } from '../../support/whatsapp.js';

// No faults are injected: the plan only records every DynamoDB call the functions make.
const calls = new FaultPlan();
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ alertJobIntervalMs: 0, ...faultyPorts(calls) });
});
afterAll(async () => {
  await runtime.stop();
});
beforeEach(() => {
  calls.calls.length = 0;
});

const numberLookups = () => calls.calls.filter((label) => label === 'Get WABA').length;

/** A text notification repeated under `count` distinct phone-number ids (the tenant's first). */
function bodyNamingNumbers(count: number, from: string): string {
  const blora = runtime.whatsapp.phoneNumberIds.blora ?? '';
  const one = addressFixture(whatsappFixture('text'), { phoneNumberId: blora, from });
  const [change] = one.entry[0].changes;
  one.entry[0].changes = Array.from({ length: count }, (_, i) => {
    const copy = structuredClone(change);
    copy.value.metadata.phone_number_id = i === 0 ? blora : `10654035224${String(i).padStart(4, '0')}`;
    return copy;
  });
  return JSON.stringify(one);
}

describe('POST /webhooks/whatsapp with many phone-number ids', () => {
  it('refuses with 401 before looking up any number when a body names more numbers than a notification does', async () => {
    // Prepare
    const from = '6285712349001';
    const body = bodyNamingNumbers(MAX_NUMBERS_PER_BODY + 1, from);
    const { 'x-hub-signature-256': _, ...unsigned } = signedHeaders(body, runtime.whatsapp.appSecret);

    // Act
    const unsignedAnswer = await postWebhook(runtime, body, unsigned);
    const signedAnswer = await postWebhook(runtime, body);

    // Assess
    for (const answer of [unsignedAnswer, signedAnswer]) {
      expect(answer.status).toBe(401);
      expect(answer.json.code).toBe('INVALID_SIGNATURE');
    }
    expect(numberLookups()).toBe(0);
    expect(runtime.whatsapp.outbox.repliesTo(from)).toEqual([]);
  });

  it('looks up at most one item per named number when an unsigned body names a few', async () => {
    // Prepare
    const body = bodyNamingNumbers(MAX_NUMBERS_PER_BODY, '6285712349002');
    const { 'x-hub-signature-256': _, ...unsigned } = signedHeaders(body, runtime.whatsapp.appSecret);

    // Act
    const answer = await postWebhook(runtime, body, unsigned);

    // Assess
    expect(answer.status).toBe(401);
    expect(numberLookups()).toBeLessThanOrEqual(MAX_NUMBERS_PER_BODY);
  });
});

describe('DynamoWhatsAppNumberDirectory', () => {
  const directory = () => new DynamoWhatsAppNumberDirectory(faultyDocuments(runtime.dynamo.documents, calls), runtime.tableName);

  it('remembers a number that belongs to a tenant when it is asked again', async () => {
    // Prepare
    const numbers = directory();
    const blora = runtime.whatsapp.phoneNumberIds.blora ?? '';

    // Act
    const first = await numbers.findTenantId(blora);
    const second = await numbers.findTenantId(blora);

    // Assess
    expect([first, second]).toEqual(['blora', 'blora']);
    expect(numberLookups()).toBe(1);
  });

  it('does not remember an unknown number, so it is found once a tenant gets it', async () => {
    // Prepare
    const numbers = directory();
    const unknown = '106540352249999';
    const missed = await numbers.findTenantId(unknown);
    const tenant = { id: 'blora', whatsapp: { phoneNumberId: unknown, accessTokenSecretName: 'x' } } as Tenant;
    await seedWhatsAppNumbers(runtime.dynamo.documents, runtime.tableName, [tenant]);

    // Act
    const found = await numbers.findTenantId(unknown);

    // Assess
    expect(missed).toBeUndefined();
    expect(found).toBe('blora');
    expect(numberLookups()).toBe(2);
  });
});
