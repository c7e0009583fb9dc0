/**
 * Cloud WhatsAppSecrets: AWS Secrets Manager, each secret read once per Lambda container and kept in
 * memory (a failed read is not cached, so the next request tries again). Rotating a secret takes effect
 * as containers are recycled; redeploy to force it.
 */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { BLIND_INDEX_KEY_BYTES } from '../../crypto/blind-index.js';
import type { Tenant } from '../../tenancy/tenant.js';
import type { WhatsAppSecrets } from './ports.js';

export interface WhatsAppSecretNames {
  /** The deployment's Meta app secret (tenants on another Meta app name their own). */
  readonly appSecret: string;
  readonly verifyToken: string;
  /** 32+ random bytes as hex or base64. */
  readonly blindIndexKey: string;
}

export class SecretsManagerWhatsAppSecrets implements WhatsAppSecrets {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly client: SecretsManagerClient,
    private readonly names: WhatsAppSecretNames,
  ) {}

  appSecret(tenant: Tenant | undefined): Promise<string> {
    return this.read(tenant?.whatsapp?.appSecretName ?? this.names.appSecret);
  }

  verifyToken(): Promise<string> {
    return this.read(this.names.verifyToken);
  }

  accessToken(tenant: Tenant): Promise<string> {
    if (!tenant.whatsapp) return Promise.reject(new Error(`tenant ${tenant.id} has no WhatsApp number`));
    return this.read(tenant.whatsapp.accessTokenSecretName);
  }

  async blindIndexKey(): Promise<Buffer> {
    return decodeKey(await this.read(this.names.blindIndexKey));
  }

  private read(name: string): Promise<string> {
    let pending = this.cache.get(name);
    if (!pending) {
      pending = this.client.send(new GetSecretValueCommand({ SecretId: name })).then((out) => {
        if (!out.SecretString) throw new Error(`secret ${name} has no string value`);
        return out.SecretString.trim();
      });
      pending.catch(() => this.cache.delete(name));
      this.cache.set(name, pending);
    }
    return pending;
  }
}

export function decodeKey(text: string): Buffer {
  const key = /^[0-9a-f]+$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length < BLIND_INDEX_KEY_BYTES) throw new Error('the blind-index key must hold at least 32 bytes');
  return key;
}
