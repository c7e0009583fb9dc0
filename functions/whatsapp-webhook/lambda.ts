/** Lambda entry: the WhatsApp webhook wired to the cloud adapters once per container. */
import { createWhatsAppCloudDependencies } from '#shared/wiring/cloud-whatsapp.js';
import { createWhatsAppWebhookHandler } from './handler.js';

export const handler = createWhatsAppWebhookHandler(createWhatsAppCloudDependencies());
