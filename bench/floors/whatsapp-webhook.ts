/**
 * Floor of the WhatsApp webhook's text path: the intake clients and schemas, Secrets Manager (app secret,
 * verify token, blind-index key), the webhook payload, conversation, draft and WhatsApp configuration
 * schemas. No S3: a text message needs none (the media store loads with the first file).
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { Conversation } from '../../shared/channels/whatsapp/conversation.js';
import { WebhookEnvelope } from '../../shared/channels/whatsapp/webhook-payload.js';
import { WhatsAppCloudConfig } from '../../shared/channels/whatsapp/whatsapp-cloud-config.js';
import { floorHandler } from '../floor-parts/intake-floor.js';

export const handler = floorHandler([new SecretsManagerClient({})], [WebhookEnvelope, Conversation, WhatsAppCloudConfig]);
