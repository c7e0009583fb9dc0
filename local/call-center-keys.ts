/**
 * Local call-center API keys: one per tenant that runs a call center, created on first start in
 * `<dataDir>/call-center-keys.json` (mode 0600) so `npm start` can print them again; the table holds only
 * their hashes, as in the cloud. Without a data folder (tests) they live in memory for one runtime.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';
import {
  type ApiKeyStore,
  generateCallCenterKey,
  hashApiKey,
  isWellFormedCallCenterKey,
} from '#shared/tenancy/api-keys.js';

const KeysFile = z.record(z.string(), z.string().refine(isWellFormedCallCenterKey, 'not a call-center key'));

export function loadOrCreateCallCenterKeys(file: string | undefined, tenantIds: readonly string[]): Record<string, string> {
  const keys = file && existsSync(file) ? readKeysFile(file) : {};
  const missing = tenantIds.filter((id) => keys[id] === undefined);
  for (const id of missing) keys[id] = generateCallCenterKey(id);
  if (file) {
    if (missing.length > 0) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
    }
    // Tighten a file someone copied with looser permissions.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  }
  return keys;
}

/** Puts each key's hash item; keys registered on an earlier start are left as they are. */
export async function registerCallCenterKeys(
  store: ApiKeyStore,
  keys: Readonly<Record<string, string>>,
  now: Date,
): Promise<void> {
  for (const [tenantId, key] of Object.entries(keys)) {
    await store.saveCallCenterKey({
      keyHash: hashApiKey(key),
      tenantId,
      createdAt: now.toISOString(),
      label: 'local runtime',
    });
  }
}

function readKeysFile(file: string): Record<string, string> {
  const parsed = KeysFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a call-center key file; delete it to create new keys`);
  return { ...parsed.data };
}
