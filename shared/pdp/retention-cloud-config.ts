/** The retention function's own variable: the bucket whose files it deletes. */
import * as z from 'zod';

export const RetentionCloudConfig = z.object({ MEDIA_BUCKET: z.string().min(3) });
