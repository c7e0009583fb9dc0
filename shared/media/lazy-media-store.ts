/**
 * A media store loaded on its first use: the WhatsApp webhook's text messages never pay the S3 client's
 * cold-import cost, only the first file a container receives does (a dynamic `import()`, which the
 * function's bundle ships as its own chunk: infra/bundling.ts `SPLIT_BUNDLES`).
 */
import { loadOnce } from '../load-once.js';
import type { MediaStore, MediaUpload } from './media-store.js';

export class LazyMediaStore implements MediaStore {
  /** Loaded once per container; a failed load is tried again by the next call. */
  private readonly store: () => Promise<MediaStore>;

  constructor(load: () => Promise<MediaStore>) {
    this.store = loadOnce(load);
  }

  async put(upload: MediaUpload) {
    return (await this.store()).put(upload);
  }

  async get(tenantId: string, objectId: string) {
    return (await this.store()).get(tenantId, objectId);
  }

  async destroy(tenantId: string, objectId: string) {
    return (await this.store()).destroy(tenantId, objectId);
  }
}
