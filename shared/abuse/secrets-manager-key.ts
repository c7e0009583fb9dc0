/**
 * The client-address key in the cloud: one Secrets Manager secret, read once per Lambda container (a failed
 * read is not kept, so the next request tries again). Its string is the HMAC key as it is.
 */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { loadOnce } from '../load-once.js';

export function secretsManagerKey(client: SecretsManagerClient, secretName: string): () => Promise<Buffer> {
  return loadOnce(async () => {
    const out = await client.send(new GetSecretValueCommand({ SecretId: secretName }));
    if (!out.SecretString) throw new Error(`secret ${secretName} has no string value`);
    return Buffer.from(out.SecretString.trim(), 'utf8');
  });
}
