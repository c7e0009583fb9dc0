import { describe, expect, it } from 'vitest';
import { GraphApiClient } from '#shared/channels/whatsapp/graph-api-client.js';
import { WhatsAppCloudConfig } from '#shared/channels/whatsapp/whatsapp-cloud-config.js';
import { loadEnvironment } from '#shared/config.js';
import { createWhatsAppCloudDependencies } from '#shared/wiring/cloud-whatsapp.js';

const env = {
  AWS_REGION: 'ap-southeast-3',
  TABLE_NAME: 'lapor-aman',
  CASE_SECRETS_TABLE_NAME: 'lapor-aman-case-secrets',
  ALERT_TOPIC_ARN_TEMPLATE: 'arn:aws:sns:ap-southeast-3:123456789012:lapor-aman-{tenant}-alerts',
  MEDIA_BUCKET: 'lapor-aman-media',
};

describe('createWhatsAppCloudDependencies', () => {
  it('wires the Graph API for replies and media when the environment is complete', () => {
    // Act
    const deps = createWhatsAppCloudDependencies(env);

    // Assess
    expect(deps.sender).toBeInstanceOf(GraphApiClient);
    expect(deps.mediaSource).toBe(deps.sender);
    expect(loadEnvironment(WhatsAppCloudConfig, env)).toMatchObject({
      WHATSAPP_GRAPH_API_VERSION: 'v25.0',
      WHATSAPP_APP_SECRET_NAME: 'lapor-aman/whatsapp/app-secret',
    });
  });

  it('fails at cold start, naming the variable, when the media bucket is missing', () => {
    // Prepare
    const { MEDIA_BUCKET: _, ...incomplete } = env;

    // Assess
    expect(() => createWhatsAppCloudDependencies(incomplete)).toThrow(/MEDIA_BUCKET/);
  });
});
