/**
 * Port: where photos, voice notes, videos and documents from reporters are kept. Every adapter encrypts
 * (S3 with the tenant's KMS key, or envelope-encrypted files locally); cases keep only the reference.
 */
export const MEDIA_OBJECT_ID = /^[A-Za-z0-9_-]{8,100}$/;

export interface MediaUpload {
  readonly tenantId: string;
  /** Ours, never the channel's id; deterministic per inbound message so a retried download overwrites. */
  readonly objectId: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** What a draft or case keeps about a stored file (sealed with the rest of the report). */
export interface MediaReference {
  readonly objectId: string;
  readonly contentType: string;
  readonly size: number;
  /** Hex SHA-256 of the plaintext: lets staff show the file is what the reporter sent. */
  readonly sha256: string;
}

export interface StoredMedia {
  readonly contentType: string;
  readonly bytes: Buffer;
}

export interface MediaStore {
  put(upload: MediaUpload): Promise<MediaReference>;
  get(tenantId: string, objectId: string): Promise<StoredMedia | undefined>;
  /** Deletes the file and every earlier version of it (retention); nothing to delete is not an error. */
  destroy(tenantId: string, objectId: string): Promise<void>;
}

export function assertMediaObjectId(objectId: string): void {
  if (!MEDIA_OBJECT_ID.test(objectId)) throw new Error('not a media object id');
}
