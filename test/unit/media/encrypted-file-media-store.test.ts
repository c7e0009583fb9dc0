import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import { EncryptedFileMediaStore } from '#shared/media/encrypted-file-media-store.js';

const directory = mkdtempSync(join(tmpdir(), 'media-test-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const store = new EncryptedFileMediaStore(directory, new MasterKeyDataKeyProvider(randomBytes(32)));
const photo = Buffer.from('JPEG bytes of a bruise photo, canary-media-5521');

describe('EncryptedFileMediaStore', () => {
  it('returns the same bytes and a reference with size and digest when a file is stored', async () => {
    // Act
    const reference = await store.put({ tenantId: 'blora', objectId: 'wa-0123456789abcdef', contentType: 'image/jpeg', bytes: photo });
    const read = await store.get('blora', 'wa-0123456789abcdef');

    // Assess
    expect(reference).toMatchObject({ objectId: 'wa-0123456789abcdef', contentType: 'image/jpeg', size: photo.length });
    expect(read).toEqual({ contentType: 'image/jpeg', bytes: photo });
  });

  it('keeps no plaintext on disk and cannot be read as another tenant', async () => {
    // Prepare
    await store.put({ tenantId: 'blora', objectId: 'wa-fedcba9876543210', contentType: 'image/jpeg', bytes: photo });
    const [file] = readdirSync(join(directory, 'blora')).filter((f) => f.startsWith('wa-fedcba'));

    // Act
    const raw = readFileSync(join(directory, 'blora', file ?? ''), 'utf8');
    const elsewhere = await store.get('purwakarta', 'wa-fedcba9876543210');

    // Assess
    expect(raw).not.toContain('canary-media-5521');
    expect(raw).not.toContain(photo.toString('base64'));
    expect(elsewhere).toBeUndefined();
  });

  it('refuses ids that could leave the media folder', async () => {
    // Assess
    await expect(store.put({ tenantId: 'blora', objectId: '../../etc/passwd', contentType: 'x', bytes: photo })).rejects.toThrow();
    await expect(store.get('../blora', 'wa-0123456789abcdef')).rejects.toThrow();
  });
});
