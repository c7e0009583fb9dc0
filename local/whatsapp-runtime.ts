/**
 * The WhatsApp channel in the local runtime: the same webhook dependencies as the cloud, with local
 * adapters (generated secrets, in-memory reply outbox, placeholder media, encrypted files for media).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WhatsAppWebhookDependencies } from '#shared/channels/whatsapp/receive-webhook.js';
import type { WhatsAppSender } from '#shared/channels/whatsapp/ports.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import type { IntakeDependencies } from '#shared/intake/submit-report.js';
import { EncryptedFileMediaStore } from '#shared/media/encrypted-file-media-store.js';
import { DynamoConversationStore } from '#shared/store/dynamo-conversation-store.js';
import { DynamoReporterLines } from '#shared/store/dynamo-reporter-lines.js';
import { DynamoWhatsAppNumberDirectory, seedWhatsAppNumbers } from '#shared/store/dynamo-whatsapp-numbers.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import type { TenantRegistry } from '#shared/tenancy/tenant-registry.js';
import { LocalWhatsAppMediaSource, LocalWhatsAppOutbox } from './whatsapp-outbox.js';
import { LocalWhatsAppSecrets, loadOrCreateWhatsAppSecrets, WHATSAPP_SECRETS_FILE } from './whatsapp-local-secrets.js';

export const WHATSAPP_WEBHOOK_PATH = '/webhooks/whatsapp';

/** What tests and the simulator need to talk to the local webhook as Meta would. */
export interface LocalWhatsApp {
  readonly appSecret: string;
  readonly verifyToken: string;
  /** Phone-number id of each tenant with a WhatsApp number. */
  readonly phoneNumberIds: Readonly<Record<string, string>>;
  readonly outbox: LocalWhatsAppOutbox;
  /** Meta's media downloads: `provide` the file a test's reporter sends. */
  readonly mediaSource: LocalWhatsAppMediaSource;
  readonly deps: WhatsAppWebhookDependencies;
  /** Removes a temporary media folder (tests). */
  dispose(): void;
}

export async function createLocalWhatsApp(options: {
  readonly dataDir?: string;
  readonly masterKey: Buffer;
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly tenantList: readonly Tenant[];
  readonly deps: IntakeDependencies & { readonly tenants: TenantRegistry };
  readonly print: (line: string) => void;
  /** Wraps the reply sender (fault tests). */
  readonly decorateSender?: (sender: WhatsAppSender) => WhatsAppSender;
}): Promise<LocalWhatsApp> {
  const { dataDir, documents, tableName } = options;
  await seedWhatsAppNumbers(documents, tableName, options.tenantList);
  const values = loadOrCreateWhatsAppSecrets(dataDir ? join(dataDir, WHATSAPP_SECRETS_FILE) : undefined);
  const mediaDir = dataDir ? join(dataDir, 'media') : mkdtempSync(join(tmpdir(), 'lapor-aman-media-'));
  const outbox = new LocalWhatsAppOutbox(options.print);
  const mediaSource = new LocalWhatsAppMediaSource();
  return {
    appSecret: values.appSecret,
    verifyToken: values.verifyToken,
    phoneNumberIds: Object.fromEntries(
      options.tenantList.flatMap((t) => (t.whatsapp ? [[t.id, t.whatsapp.phoneNumberId]] : [])),
    ),
    outbox,
    mediaSource,
    deps: {
      ...options.deps,
      conversations: new DynamoConversationStore(documents, tableName),
      numbers: new DynamoWhatsAppNumberDirectory(documents, tableName),
      lines: new DynamoReporterLines(documents, tableName),
      sender: options.decorateSender?.(outbox) ?? outbox,
      mediaSource,
      media: new EncryptedFileMediaStore(mediaDir, new MasterKeyDataKeyProvider(options.masterKey)),
      secrets: new LocalWhatsAppSecrets(values),
    },
    dispose: () => {
      if (!dataDir) rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}
