import { describe, expect, it } from 'vitest';
import { createStaffApiCloudDependencies } from '#shared/wiring/cloud-staff.js';

const env = {
  AWS_REGION: 'ap-southeast-3',
  TABLE_NAME: 'lapor-aman',
  CASE_SECRETS_TABLE_NAME: 'lapor-aman-case-secrets',
  ALERT_TOPIC_ARN_TEMPLATE: 'arn:aws:sns:ap-southeast-3:123456789012:lapor-aman-{tenant}-alerts',
  COGNITO_USER_POOL_ID: 'ap-southeast-3_Abc123xyz',
  COGNITO_CLIENT_ID: 'clientid0123456789',
};

describe('createStaffApiCloudDependencies', () => {
  it("gives the staff API a way into WhatsApp reporters' chats, so staff messages go out at once", () => {
    // Act
    const deps = createStaffApiCloudDependencies(env);

    // Assess
    expect(typeof deps.reporterChat?.deliverOwed).toBe('function');
  });

  it('fails at cold start, naming the variable, when the Graph API address is not a URL', () => {
    // Assess
    expect(() => createStaffApiCloudDependencies({ ...env, WHATSAPP_GRAPH_API_URL: 'graph' })).toThrow(/WHATSAPP_GRAPH_API_URL/);
  });
});
