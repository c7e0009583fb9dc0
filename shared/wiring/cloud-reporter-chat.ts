/**
 * The staff API's way into a WhatsApp reporter's chat in the cloud: the Graph API with the regency's own
 * access token (its role reads those secrets only), so a staff message goes out at once inside the 24-hour
 * window, and only the neutral template outside it.
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GraphApiClient } from '../channels/whatsapp/graph-api-client.js';
import { SecretsManagerWhatsAppSecrets } from '../channels/whatsapp/secrets-manager-secrets.js';
import { deliverOwedMessages, type ReporterLineDependencies } from '../channels/whatsapp/reporter-line.js';
import { WhatsAppSenderCloudConfig } from '../channels/whatsapp/whatsapp-cloud-config.js';
import { type CloudConfig, loadEnvironment } from '../config.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { AppLogger, Clock } from '../intake/ports.js';
import { DynamoReporterLines } from '../store/dynamo-reporter-lines.js';
import type { ReporterChat } from '../thread/ports.js';
import { traced } from '../observability/tracer.js';

export function createCloudReporterChat(
  config: CloudConfig,
  env: NodeJS.ProcessEnv,
  ports: { documents: DynamoDBDocumentClient; vault: IdentityVault; clock: Clock; logger: AppLogger },
): ReporterChat {
  const whatsapp = loadEnvironment(WhatsAppSenderCloudConfig, env);
  // The role may read the regencies' access tokens only: nothing else of these secrets is asked for.
  const secrets = new SecretsManagerWhatsAppSecrets(traced(new SecretsManagerClient({ region: config.AWS_REGION })), {
    appSecret: whatsapp.WHATSAPP_APP_SECRET_NAME,
    verifyToken: whatsapp.WHATSAPP_VERIFY_TOKEN_NAME,
    blindIndexKey: whatsapp.WHATSAPP_BLIND_INDEX_KEY_NAME,
  });
  const deps: ReporterLineDependencies = {
    lines: new DynamoReporterLines(ports.documents, config.TABLE_NAME),
    sender: new GraphApiClient(secrets, {
      baseUrl: whatsapp.WHATSAPP_GRAPH_API_URL,
      version: whatsapp.WHATSAPP_GRAPH_API_VERSION,
      maxMediaBytes: whatsapp.WHATSAPP_MEDIA_MAX_BYTES,
    }),
    vault: ports.vault,
    clock: ports.clock,
    logger: ports.logger,
  };
  return { deliverOwed: (tenant, caseId) => deliverOwedMessages(deps, tenant, caseId) };
}
