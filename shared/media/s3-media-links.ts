/**
 * Short-lived presigned S3 GETs for files too large for a function's answer. Signed with the function's
 * own role (the S3 client's signer and credentials): S3 decrypts the SSE-KMS object for whoever holds the
 * link only while that role may `kms:Decrypt` through S3 (its `read-media` grant) and the link is fresh.
 * The type and disposition S3 answers with are ours (`response-content-*`), never the stored object's.
 */
import type { S3Client } from '@aws-sdk/client-s3';
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
    const [signer, region] = await Promise.all([this.s3.config.signer(), this.s3.config.region()]);
    if (!isPresigner(signer)) throw new Error('the S3 client cannot presign');
    const hostname = `${this.bucket}.s3.${region}.amazonaws.com`;
    const signed = await signer.presign(
      {
        method: 'GET',
        protocol: 'https:',
        hostname,
        path: `/${mediaObjectKey(request.tenantId, request.objectId)}`,
        query: {
          'response-content-type': request.contentType,
          'response-content-disposition': request.contentDisposition,
          'response-cache-control': 'no-store',
        },
        // As the SDK's own presigner: no payload signed (S3's rule for presigned URLs); the header becomes a query parameter.
        headers: { host: hostname, 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' },
      },
      { expiresIn: this.lifetimeSeconds },
    );
    const query = Object.entries(signed.query ?? {})
      .map(([name, value]) => `${rfc3986(name)}=${rfc3986(String(value))}`)
      .join('&');
    return `https://${hostname}${signed.path}?${query}`;
  }
}

/** The part of the S3 client's SigV4 signer (SignatureV4MultiRegion) a presigned GET needs. */
interface Presigner {
  presign(
    request: {
      method: string;
      protocol: string;
      hostname: string;
      path: string;
      query: Record<string, string>;
      headers: Record<string, string>;
    },
    options: { expiresIn: number },
  ): Promise<{ path: string; query?: Record<string, string | string[] | null> }>;
}

function isPresigner(signer: unknown): signer is Presigner {
  return typeof (signer as Partial<Presigner> | undefined)?.presign === 'function';
}

/** What SigV4 signs: every reserved character percent-encoded, `!'()*` included. */
function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
