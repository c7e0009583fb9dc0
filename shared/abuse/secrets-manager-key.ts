/**
 * The client-address key in the cloud: one Secrets Manager secret, read once per Lambda container (a failed
 * read is not kept, so the next request tries again). Its string is the HMAC key as it is.
 */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

export function secretsManagerKey(client: SecretsManagerClient, secretName: string): () => Promise<Buffer> {
  let pending: Promise<Buffer> | undefined;
  return () => {
    if (!pending) {
      const reading = client.send(new GetSecretValueCommand({ SecretId: secretName })).then((out) => {
        if (!out.SecretString) throw new Error(`secret ${secretName} has no string value`);
        return Buffer.from(out.SecretString.trim(), 'utf8');
      });
      reading.catch(() => {
        pending = undefined;
      });
      pending = reading;
    }
    return pending;
  };
}
