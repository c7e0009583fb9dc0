/** The WhatsApp webhook: intake plus conversations, media in S3 (loaded with the first file), the Graph API and Secrets Manager. */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GraphApiClient } from '../channels/whatsapp/graph-api-client.js';
import type { WhatsAppWebhookDependencies } from '../channels/whatsapp/receive-webhook.js';
import { SecretsManagerWhatsAppSecrets } from '../channels/whatsapp/secrets-manager-secrets.js';
import { WhatsAppCloudConfig } from '../channels/whatsapp/whatsapp-cloud-config.js';
import { fillTenant, loadCloudConfig, loadEnvironment } from '../config.js';
import { LazyMediaStore } from '../media/lazy-media-store.js';
import { DynamoConversationStore } from '../store/dynamo-conversation-store.js';
import { DynamoReporterLines } from '../store/dynamo-reporter-lines.js';
import { DynamoWhatsAppNumberDirectory } from '../store/dynamo-whatsapp-numbers.js';
import { createDocumentClient } from './cloud-documents.js';
import { createCloudDependencies } from './cloud-intake.js';
import { sealingOnFirstUse } from './lazy-sealing.js';
import { traced } from '../observability/tracer.js';

export function createWhatsAppCloudDependencies(env: NodeJS.ProcessEnv = process.env): WhatsAppWebhookDependencies {
  const config = loadCloudConfig(env);
  const whatsapp = loadEnvironment(WhatsAppCloudConfig, env);
  const region = config.AWS_REGION;
  const documents = createDocumentClient(region);
  const secrets = new SecretsManagerWhatsAppSecrets(traced(new SecretsManagerClient({ region })), {
    appSecret: whatsapp.WHATSAPP_APP_SECRET_NAME,
    verifyToken: whatsapp.WHATSAPP_VERIFY_TOKEN_NAME,
    blindIndexKey: whatsapp.WHATSAPP_BLIND_INDEX_KEY_NAME,
  });
  const graph = new GraphApiClient(secrets, {
    baseUrl: whatsapp.WHATSAPP_GRAPH_API_URL,
    version: whatsapp.WHATSAPP_GRAPH_API_VERSION,
    maxMediaBytes: whatsapp.WHATSAPP_MEDIA_MAX_BYTES,
  });
  return {
    // Meta's status callbacks and the subscription check seal nothing: KMS and SNS come with the first message.
    ...createCloudDependencies(sealingOnFirstUse, env, documents),
    conversations: new DynamoConversationStore(documents, config.TABLE_NAME),
    numbers: new DynamoWhatsAppNumberDirectory(documents, config.TABLE_NAME),
    lines: new DynamoReporterLines(documents, config.TABLE_NAME),
    sender: graph,
    mediaSource: graph,
    // Text messages never load the S3 client: the first file a container receives does.
    media: new LazyMediaStore(async () =>
      (await import('./cloud-media.js')).createS3MediaStore(region, whatsapp.MEDIA_BUCKET, (tenant) =>
        fillTenant(config.TENANT_KEY_ALIAS_TEMPLATE, tenant),
      ),
    ),
    secrets,
  };
}
