/** The case-media function's extra environment: staff sign-in and where reporters' files are kept. */
import * as z from 'zod';
import { StaffAuthConfig } from '../config.js';

export const CaseMediaCloudConfig = StaffAuthConfig.extend({
  /** S3 bucket for reporters' files (objects SSE-KMS with the tenant's key). */
  MEDIA_BUCKET: z.string().min(3),
});
export type CaseMediaCloudConfig = z.infer<typeof CaseMediaCloudConfig>;
