/** The S3 media store of the cloud: imported dynamically (shared/media/lazy-media-store.ts), so it is its own chunk. */
import { S3Client } from '@aws-sdk/client-s3';
import { S3MediaStore } from '../media/s3-media-store.js';
import { traced } from '../observability/tracer.js';

export function createS3MediaStore(region: string, bucket: string, keyAliasOf: (tenant: string) => string): S3MediaStore {
  return new S3MediaStore(traced(new S3Client({ region })), bucket, keyAliasOf);
}
