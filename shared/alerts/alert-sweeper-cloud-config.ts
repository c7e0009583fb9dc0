/** The alert sweeper's extra environment: where alert links point and the SMS sender ID, both from the stack. */
import * as z from 'zod';

export const AlertSweeperCloudConfig = z.object({
  /** The console's origin (`https://…`, the API's URL from the core stack): links in SMS are `<this>/staff/a/<id>`. */
  ALERT_LINK_BASE: z
    .url({ protocol: /^https$/ })
    .transform((url) => url.replace(/\/+$/, '')),
  /** config/deployment.json `sms.senderId`, once the operators approved it. */
  SMS_SENDER_ID: z
    .string()
    .regex(/^(?=.*[A-Za-z])[A-Za-z0-9]{1,11}$/)
    .optional(),
});
export type AlertSweeperCloudConfig = z.infer<typeof AlertSweeperCloudConfig>;
