/**
 * Local WhatsApp secrets: an app secret, a verify token and a blind-index key, generated on first start
 * into `<dataDir>/whatsapp-secrets.json` (mode 0600) so the simulator can sign as Meta does; in memory
 * for tests. Every tenant shares them locally, like tenants on one Meta app; no access token is needed
 * because replies go to the local outbox.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';
import type { WhatsAppSecrets } from '#shared/channels/whatsapp/ports.js';
import { decodeKey } from '#shared/channels/whatsapp/secrets-manager-secrets.js';

export const WHATSAPP_SECRETS_FILE = 'whatsapp-secrets.json';

const SecretsFile = z.object({
  appSecret: z.string().min(32),
  verifyToken: z.string().min(16),
  blindIndexKey: z.string().regex(/^[0-9a-f]{64}$/),
});
export type LocalWhatsAppSecretValues = z.infer<typeof SecretsFile>;

export function loadOrCreateWhatsAppSecrets(file: string | undefined): LocalWhatsAppSecretValues {
  if (file && existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const parsed = SecretsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file} is not a WhatsApp secrets file; delete it to create new secrets`);
    return parsed.data;
  }
  const values: LocalWhatsAppSecretValues = {
    appSecret: randomBytes(32).toString('hex'),
    verifyToken: randomBytes(18).toString('base64url'),
    blindIndexKey: randomBytes(32).toString('hex'),
  };
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(values, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  }
  return values;
}

export class LocalWhatsAppSecrets implements WhatsAppSecrets {
  private readonly key: Buffer;

  constructor(private readonly values: LocalWhatsAppSecretValues) {
    this.key = decodeKey(values.blindIndexKey);
  }

  async appSecret(): Promise<string> {
    return this.values.appSecret;
  }

  async verifyToken(): Promise<string> {
    return this.values.verifyToken;
  }

  async accessToken(): Promise<string> {
    return 'local-access-token';
  }

  async blindIndexKey(): Promise<Buffer> {
    return this.key;
  }
}
