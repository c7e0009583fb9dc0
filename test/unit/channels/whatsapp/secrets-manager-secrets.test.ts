import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SecretsManagerWhatsAppSecrets } from '#shared/channels/whatsapp/secrets-manager-secrets.js';
import type { Tenant } from '#shared/tenancy/tenant.js';

const secretsManager = mockClient(SecretsManagerClient);
const names = { appSecret: 'app', verifyToken: 'verify', blindIndexKey: 'blind' };
const values: Record<string, string> = {
  app: 'deployment-app-secret',
  'other-app': 'other-app-secret',
  verify: 'verify-token',
  blind: 'ab'.repeat(32),
  'blora-token': 'EAAG-blora',
};
const blora = { id: 'blora', whatsapp: { phoneNumberId: '1', accessTokenSecretName: 'blora-token' } } as Tenant;
const onOtherApp = { id: 'x', whatsapp: { phoneNumberId: '2', accessTokenSecretName: 'blora-token', appSecretName: 'other-app' } } as Tenant;

beforeEach(() => {
  secretsManager.reset();
  secretsManager.on(GetSecretValueCommand).callsFake(async ({ SecretId }) => ({ SecretString: values[SecretId as string] }));
});

describe('SecretsManagerWhatsAppSecrets', () => {
  it('reads each secret once per container however often it is asked for', async () => {
    // Prepare
    const secrets = new SecretsManagerWhatsAppSecrets(new SecretsManagerClient({ region: 'ap-southeast-3' }), names);

    // Act
    for (let i = 0; i < 3; i++) {
      await secrets.appSecret(blora);
      await secrets.accessToken(blora);
      await secrets.blindIndexKey();
    }

    // Assess
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(3);
    expect(await secrets.accessToken(blora)).toBe('EAAG-blora');
    expect((await secrets.blindIndexKey()).length).toBe(32);
  });

  it('uses a tenant’s own app secret only when its number belongs to another Meta app', async () => {
    // Prepare
    const secrets = new SecretsManagerWhatsAppSecrets(new SecretsManagerClient({ region: 'ap-southeast-3' }), names);

    // Assess
    expect(await secrets.appSecret(undefined)).toBe('deployment-app-secret');
    expect(await secrets.appSecret(blora)).toBe('deployment-app-secret');
    expect(await secrets.appSecret(onOtherApp)).toBe('other-app-secret');
  });

  it('tries again on the next request when a read failed', async () => {
    // Prepare
    const secrets = new SecretsManagerWhatsAppSecrets(new SecretsManagerClient({ region: 'ap-southeast-3' }), names);
    secretsManager.on(GetSecretValueCommand).rejectsOnce(new Error('throttled')).resolves({ SecretString: 'verify-token' });

    // Act
    const first = await secrets.verifyToken().catch((e: Error) => e.message);
    const second = await secrets.verifyToken();

    // Assess
    expect(first).toBe('throttled');
    expect(second).toBe('verify-token');
  });
});
