/** Cloud MediaStore: one S3 object per file, encrypted with the tenant's own KMS key (SSE-KMS). */
import { createHash } from 'node:crypto';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectVersionsCommand,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { assertMediaObjectId, type MediaReference, type MediaStore, type MediaUpload, type StoredMedia } from './media-store.js';

export class S3MediaStore implements MediaStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    /** The tenant's KMS key (id, ARN or alias) that S3 encrypts the object under. */
    private readonly keyFor: (tenantId: string) => string,
  ) {}

  async put(upload: MediaUpload): Promise<MediaReference> {
    assertMediaObjectId(upload.objectId);
    const sha256 = createHash('sha256').update(upload.bytes).digest();
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: mediaObjectKey(upload.tenantId, upload.objectId),
        Body: upload.bytes,
        ContentType: upload.contentType,
        ChecksumSHA256: sha256.toString('base64'),
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: this.keyFor(upload.tenantId),
        BucketKeyEnabled: true,
      }),
    );
    return {
      objectId: upload.objectId,
      contentType: upload.contentType,
      size: upload.bytes.length,
      sha256: sha256.toString('hex'),
    };
  }

  async get(tenantId: string, objectId: string): Promise<StoredMedia | undefined> {
    assertMediaObjectId(objectId);
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: mediaObjectKey(tenantId, objectId) }));
      if (!out.Body) return undefined;
      return { contentType: out.ContentType ?? 'application/octet-stream', bytes: Buffer.from(await out.Body.transformToByteArray()) };
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  /** The bucket is versioned: every version and delete marker of the key goes, or an old version stays readable. */
  async destroy(tenantId: string, objectId: string): Promise<void> {
    assertMediaObjectId(objectId);
    const Key = mediaObjectKey(tenantId, objectId);
    const listed = await this.s3.send(new ListObjectVersionsCommand({ Bucket: this.bucket, Prefix: Key }));
    const versions = [...(listed.Versions ?? []), ...(listed.DeleteMarkers ?? [])]
      .filter((version) => version.Key === Key && version.VersionId)
      .map((version) => ({ Key, VersionId: version.VersionId }));
    if (versions.length === 0) return;
    const out = await this.s3.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: versions, Quiet: true } }));
    if (out.Errors?.length) throw new Error(`S3 kept ${out.Errors.length} version(s) of a media object`);
  }
}

/** Tenant first, like every table key: a bucket policy or a lifecycle rule can be scoped per tenant. */
export function mediaObjectKey(tenantId: string, objectId: string): string {
  return `${tenantId}/${objectId}`;
}
