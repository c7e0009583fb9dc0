import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidWebhookSignature, secretsEqual, signWebhookBody } from '#shared/channels/whatsapp/webhook-signature.js';

const SECRET = 'app-secret-0123456789abcdef';
const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}', 'utf8');

describe('isValidWebhookSignature', () => {
  it('accepts the HMAC-SHA256 of the exact bytes, as Meta computes it, when the secret matches', () => {
    // Prepare
    const header = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

    // Assess
    expect(signWebhookBody(body, SECRET)).toBe(header);
    expect(isValidWebhookSignature(body, header, SECRET)).toBe(true);
    expect(isValidWebhookSignature(body, header.toUpperCase().replace('SHA256=', 'sha256='), SECRET)).toBe(true);
  });

  it('refuses a missing, malformed, foreign or stale signature', () => {
    // Prepare
    const good = signWebhookBody(body, SECRET);

    // Assess
    expect(isValidWebhookSignature(body, undefined, SECRET)).toBe(false);
    expect(isValidWebhookSignature(body, 'sha1=abc', SECRET)).toBe(false);
    expect(isValidWebhookSignature(body, good.slice(0, -2), SECRET)).toBe(false);
    expect(isValidWebhookSignature(body, signWebhookBody(body, 'other'), SECRET)).toBe(false);
    expect(isValidWebhookSignature(Buffer.concat([body, Buffer.from(' ')]), good, SECRET)).toBe(false);
    expect(isValidWebhookSignature(body, good, '')).toBe(false);
  });
});

describe('secretsEqual', () => {
  it('compares secrets of any length and never matches an empty expectation', () => {
    // Assess
    expect(secretsEqual('token', 'token')).toBe(true);
    expect(secretsEqual('token', 'token-longer')).toBe(false);
    expect(secretsEqual('', '')).toBe(false);
  });
});
