/** The WhatsApp function's extra environment (parsed once at cold start with `loadEnvironment`). */
import * as z from 'zod';

export const WhatsAppCloudConfig = z.object({
  /** S3 bucket for reporters' files (objects SSE-KMS with the tenant's key). */
  MEDIA_BUCKET: z.string().min(3),
  WHATSAPP_GRAPH_API_URL: z.url().default('https://graph.facebook.com'),
  WHATSAPP_GRAPH_API_VERSION: z.string().regex(/^v[0-9]+\.[0-9]+$/).default('v25.0'),
  /** Secrets Manager names (never values): see README, "WhatsApp". */
  WHATSAPP_APP_SECRET_NAME: z.string().min(1).default('lapor-aman/whatsapp/app-secret'),
  WHATSAPP_VERIFY_TOKEN_NAME: z.string().min(1).default('lapor-aman/whatsapp/verify-token'),
  WHATSAPP_BLIND_INDEX_KEY_NAME: z.string().min(1).default('lapor-aman/whatsapp/blind-index-key'),
  WHATSAPP_MEDIA_MAX_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
});
export type WhatsAppCloudConfig = z.infer<typeof WhatsAppCloudConfig>;

/** What a function that only writes into reporters' chats needs (the staff API: staff messages). */
export const WhatsAppSenderCloudConfig = WhatsAppCloudConfig.omit({ MEDIA_BUCKET: true });
