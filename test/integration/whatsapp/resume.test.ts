import { randomBytes } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsAppWebhookHandler } from '#functions/whatsapp-webhook/handler.js';
import { messagePayload } from '#local/whatsapp-payload.js';
import { EnvelopeIdentityVault } from '#shared/crypto/identity-vault.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import { DynamoCaseStore } from '#shared/store/dynamo-case-store.js';
import { DynamoConversationStore } from '#shared/store/dynamo-conversation-store.js';
import { DynamoWhatsAppNumberDirectory } from '#shared/store/dynamo-whatsapp-numbers.js';
import { DynamoTenantRegistry } from '#shared/store/dynamo-tenant-registry.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { WhatsAppReporter, webhookEvent } from '../../support/whatsapp.js';

const masterKey = randomBytes(32);
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ masterKey, alertJobIntervalMs: 0 });
});
afterAll(async () => {
  await runtime.stop();
});

/** What a new Lambda container builds: new clients' worth of adapters over the same table and key. */
function freshHandler() {
  const { documents } = runtime.dynamo;
  const table = runtime.tableName;
  return createWhatsAppWebhookHandler({
    ...runtime.whatsapp.deps,
    tenants: new DynamoTenantRegistry(documents, table),
    numbers: new DynamoWhatsAppNumberDirectory(documents, table),
    conversations: new DynamoConversationStore(documents, table),
    cases: new DynamoCaseStore(documents, table),
    vault: new EnvelopeIdentityVault(new MasterKeyDataKeyProvider(masterKey), runtime.caseSecrets),
  });
}

describe('WhatsApp conversation state', () => {
  it('resumes in a new handler instance when the conversation began in another', async () => {
    // Prepare
    const reporter = new WhatsAppReporter(runtime, 'purwakarta', '6287812345678');
    await reporter.say('halo');
    await reporter.tap('svc:pengaduan_kekerasan');
    await reporter.say('Adik saya dikurung di rumah oleh majikannya.');
    const body = JSON.stringify(
      messagePayload(
        { phoneNumberId: reporter.phoneNumberId, from: reporter.number },
        { type: 'button_reply', id: 'narr:done', title: 'Selesai' },
      ),
    );

    // Act
    const result = await freshHandler()(webhookEvent(runtime, body, { base64: true }), {} as Context);

    // Assess
    expect(result.statusCode).toBe(200);
    const [reply] = reporter.newReplies();
    expect(reply?.message).toMatchObject({ kind: 'list', text: expect.stringContaining('Kabupaten Purwakarta') });
    expect(reply?.message.kind === 'list' && reply.message.sections[0]?.rows.map((r) => r.id)).toContain('kec:Campaka');
  });
});
