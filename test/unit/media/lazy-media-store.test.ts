import { describe, expect, it } from 'vitest';
import { LazyMediaStore } from '#shared/media/lazy-media-store.js';
import type { MediaStore } from '#shared/media/media-store.js';

const photo = { tenantId: 'blora', objectId: 'wa-0123456789abcdef', contentType: 'image/jpeg', bytes: Buffer.from('jpeg') };

function memoryStore(): MediaStore {
  const files = new Map<string, { contentType: string; bytes: Buffer }>();
  return {
    put: async (upload) => {
      files.set(upload.objectId, upload);
      return { objectId: upload.objectId, contentType: upload.contentType, size: upload.bytes.length, sha256: 'digest' };
    },
    get: async (_tenantId, objectId) => files.get(objectId),
    destroy: async (_tenantId, objectId) => {
      files.delete(objectId);
    },
  };
}

describe('LazyMediaStore', () => {
  it('loads nothing until the first file, then loads the store once for every later call', async () => {
    // Prepare
    let loads = 0;
    const store = new LazyMediaStore(async () => {
      loads++;
      return memoryStore();
    });

    // Act
    const before = loads;
    await store.put(photo);
    const read = await store.get('blora', photo.objectId);
    await store.destroy('blora', photo.objectId);

    // Assess
    expect(before).toBe(0);
    expect(read?.bytes).toEqual(photo.bytes);
    expect(loads).toBe(1);
  });

  it('tries the load again on the next file when the first load failed', async () => {
    // Prepare
    let loads = 0;
    const store = new LazyMediaStore(async () => {
      loads++;
      if (loads === 1) throw new Error('chunk not readable');
      return memoryStore();
    });

    // Act
    const first = store.put(photo);

    // Assess
    await expect(first).rejects.toThrow('chunk not readable');
    await expect(store.put(photo)).resolves.toMatchObject({ objectId: photo.objectId });
    expect(loads).toBe(2);
  });
});
