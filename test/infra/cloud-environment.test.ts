import { Aws } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { WhatsAppCloudConfig } from '#shared/channels/whatsapp/whatsapp-cloud-config.js';
import { CloudConfig, fillTenant } from '#shared/config.js';
import { tenantKeyAlias as runtimeKeyAlias } from '#shared/crypto/kms-data-key-provider.js';
import { cloudEnvironment, SET_ELSEWHERE } from '../../infra/cloud-environment.js';
import { tenantKeyAlias, WHATSAPP_SECRETS } from '../../infra/naming.js';

describe('cloudEnvironment', () => {
  it('decides every variable of the runtime configuration', () => {
    // Act
    const environment = cloudEnvironment('lapor-aman');

    // Assess
    const decided = [...Object.keys(environment), ...Object.keys(SET_ELSEWHERE)].sort();
    expect(decided).toEqual(Object.keys(CloudConfig.shape).sort());
  });

  it('gives templates that resolve a tenant to the names its stack creates', () => {
    // Act
    const environment = cloudEnvironment('lapor-aman');

    // Assess
    expect(fillTenant(environment.TENANT_KEY_ALIAS_TEMPLATE ?? '', 'blora')).toBe(tenantKeyAlias('blora'));
    expect(fillTenant(environment.ALERT_TOPIC_ARN_TEMPLATE ?? '', 'blora')).toContain(':lapor-aman-blora-alerts');
    expect(environment.ALERT_TOPIC_ARN_TEMPLATE).toContain(Aws.REGION);
  });

  it("uses the runtime's own default names for tenant keys and WhatsApp secrets", () => {
    // Act
    const defaults = WhatsAppCloudConfig.parse({ MEDIA_BUCKET: 'any-bucket' });

    // Assess
    expect(runtimeKeyAlias('blora')).toBe(tenantKeyAlias('blora'));
    expect(CloudConfig.shape.TENANT_KEY_ALIAS_TEMPLATE.parse(undefined)).toBe(tenantKeyAlias('{tenant}'));
    for (const [name, value] of Object.entries(WHATSAPP_SECRETS)) expect(defaults).toHaveProperty(name, value);
  });
});
