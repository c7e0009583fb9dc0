/**
 * Short-lived presigned S3 GETs for files too large for a function's answer, by the SDK's own presigner
 * with the function's role: S3 decrypts the SSE-KMS object for whoever holds the link only while that role
 * may `kms:Decrypt` through S3 (its `read-media` grant) and the link is fresh. The type and disposition S3
 * answers with are ours (`response-content-*`), never the stored object's.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { MediaLinkRequest, MediaLinkSigner } from '../staff/case-media-ports.js';
import { assertMediaObjectId } from './media-store.js';
import { mediaObjectKey } from './s3-media-store.js';

/** Long enough to start a download on a slow phone connection, short enough not to be worth sharing. */
export const MEDIA_LINK_LIFETIME_SECONDS = 60;

export class S3MediaLinks implements MediaLinkSigner {
  readonly lifetimeSeconds = MEDIA_LINK_LIFETIME_SECONDS;

  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async linkFor(request: MediaLinkRequest): Promise<string> {
    assertMediaObjectId(request.objectId);
    const get = new GetObjectCommand({
      Bucket: this.bucket,
      Key: mediaObjectKey(request.tenantId, request.objectId),
      ResponseContentType: request.contentType,
      ResponseContentDisposition: request.contentDisposition,
      ResponseCacheControl: 'no-store',
    });
    return getSignedUrl(this.s3, get, { expiresIn: this.lifetimeSeconds });
  }
}
