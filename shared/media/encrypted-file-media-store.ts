/**
 * MediaStore on the local disk (`.data/media/`): each file envelope-encrypted with its own data key,
 * bound to `{tenant, objectId, purpose: 'media'}` exactly like the cloud's KMS context.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataKeyProvider } from '../crypto/data-key-provider.js';
import type { EncryptionContext } from '../crypto/encryption-context.js';
import { decryptWithDataKey, ENVELOPE_VERSION, encryptWithDataKey } from '../crypto/envelope.js';
import { TENANT_ID_PATTERN } from '../tenancy/tenant.js';
import { assertMediaObjectId, type MediaReference, type MediaStore, type MediaUpload, type StoredMedia } from './media-store.js';

interface SealedFile {
  readonly v: typeof ENVELOPE_VERSION;
  readonly contentType: string;
  readonly kid: string;
  readonly ek: string;
  readonly iv: string;
  readonly tag: string;
  readonly ct: string;
}

export class EncryptedFileMediaStore implements MediaStore {
  constructor(
    private readonly directory: string,
    private readonly keys: DataKeyProvider,
  ) {}

  async put(upload: MediaUpload): Promise<MediaReference> {
    const context = mediaContext(upload.tenantId, upload.objectId);
    const dataKey = await this.keys.generateDataKey(context);
    try {
      const { iv, ct, tag } = encryptWithDataKey(dataKey.plaintext, context, upload.bytes);
      const sealed: SealedFile = {
        v: ENVELOPE_VERSION,
        contentType: upload.contentType,
        kid: dataKey.keyId,
        ek: dataKey.wrapped.toString('base64'),
        iv: Buffer.from(iv).toString('base64'),
        tag: Buffer.from(tag).toString('base64'),
        ct: Buffer.from(ct).toString('base64'),
      };
      await mkdir(join(this.directory, upload.tenantId), { recursive: true, mode: 0o700 });
      await writeFile(this.path(upload.tenantId, upload.objectId), JSON.stringify(sealed), { mode: 0o600 });
    } finally {
      dataKey.plaintext.fill(0);
    }
    return {
      objectId: upload.objectId,
      contentType: upload.contentType,
      size: upload.bytes.length,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
    };
  }

  async get(tenantId: string, objectId: string): Promise<StoredMedia | undefined> {
    const context = mediaContext(tenantId, objectId);
    let sealed: SealedFile;
    try {
      sealed = JSON.parse(await readFile(this.path(tenantId, objectId), 'utf8')) as SealedFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const envelope = {
      v: sealed.v,
      alg: 'A256GCM' as const,
      kid: sealed.kid,
      ek: Buffer.from(sealed.ek, 'base64'),
      iv: Buffer.from(sealed.iv, 'base64'),
      tag: Buffer.from(sealed.tag, 'base64'),
      ct: Buffer.from(sealed.ct, 'base64'),
    };
    const dataKey = await this.keys.unwrapDataKey(context, envelope.ek, envelope.kid);
    try {
      return { contentType: sealed.contentType, bytes: decryptWithDataKey(dataKey, context, envelope) };
    } finally {
      dataKey.fill(0);
    }
  }

  async destroy(tenantId: string, objectId: string): Promise<void> {
    mediaContext(tenantId, objectId);
    await rm(this.path(tenantId, objectId), { force: true });
  }

  private path(tenantId: string, objectId: string): string {
    return join(this.directory, tenantId, `${objectId}.sealed.json`);
  }
}

function mediaContext(tenantId: string, objectId: string): EncryptionContext {
  // Both become path segments: refuse anything that could climb out of the media folder.
  if (!TENANT_ID_PATTERN.test(tenantId)) throw new Error('not a tenant id');
  assertMediaObjectId(objectId);
  return { tenant: tenantId, caseId: objectId, purpose: 'media' };
}
