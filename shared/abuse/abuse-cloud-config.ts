/** The abuse limits' cloud environment, parsed once at cold start. */
import * as z from 'zod';

export const AbuseCloudConfig = z.object({
  /**
   * Secrets Manager name (never the value) of the HMAC key for client addresses: a dedicated secret, because
   * a key kept in the table would leak with the table, and the WhatsApp blind-index key must stay with the
   * WhatsApp function (with it, intake could look up whose number has an open conversation).
   */
  ABUSE_ADDRESS_KEY_NAME: z.string().min(1).default('lapor-aman/abuse/address-key'),
});
export type AbuseCloudConfig = z.infer<typeof AbuseCloudConfig>;
