import { describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '#shared/channels/whatsapp/outgoing-message.js';
import { OUTSIDE_SERVICE_WINDOW, WhatsAppApiError, type WhatsAppSender } from '#shared/channels/whatsapp/ports.js';
import { deliverReplies } from '#shared/channels/whatsapp/reply-delivery.js';
import type { Tenant } from '#shared/tenancy/tenant.js';

const tenant = { id: 'blora', whatsapp: { phoneNumberId: 'local-blora', accessTokenSecretName: 'x' } } as Tenant;
const replies: OutgoingMessage[] = [
  { kind: 'text', text: 'satu' },
  { kind: 'text', text: 'dua' },
];
const now = new Date('2026-11-24T10:00:00Z');
const recent = { lastInboundAt: new Date('2026-11-24T09:59:00Z'), now };

function recordingSender(failWith?: (message: OutgoingMessage) => Error | undefined) {
  const sent: OutgoingMessage[] = [];
  const sender: WhatsAppSender = {
    send: async (_tenant, _to, message) => {
      const error = failWith?.(message);
      if (error) throw error;
      sent.push(message);
    },
  };
  return { sender, sent };
}

describe('deliverReplies', () => {
  it('sends every reply in order when the reporter wrote recently', async () => {
    // Prepare
    const { sender, sent } = recordingSender();

    // Act
    const result = await deliverReplies(sender, tenant, { phone: '628' }, replies, recent);

    // Assess
    expect(result).toEqual({ sent: 2 });
    expect(sent).toEqual(replies);
  });

  it('stops at the first failure and says how many went out', async () => {
    // Prepare
    const { sender, sent } = recordingSender((m) => (m.kind === 'text' && m.text === 'dua' ? new Error('down') : undefined));

    // Act
    const result = await deliverReplies(sender, tenant, { phone: '628' }, replies, recent);

    // Assess
    expect(result.sent).toBe(1);
    expect(result.error).toBeInstanceOf(Error);
    expect(sent).toEqual([replies[0]]);
  });

  it('sends one content-free template instead when the 24-hour window has closed', async () => {
    // Prepare
    const { sender, sent } = recordingSender();

    // Act
    const result = await deliverReplies(sender, tenant, { phone: '628' }, replies, { lastInboundAt: new Date('2026-11-22T10:00:00Z'), now });

    // Assess
    expect(result).toEqual({ sent: 2 });
    expect(sent).toEqual([{ kind: 'template', name: 'lapor_aman_pembaruan', language: 'id' }]);
  });

  it('falls back to the template when Meta answers that the window has closed', async () => {
    // Prepare
    const { sender, sent } = recordingSender((m) =>
      m.kind === 'text' ? new WhatsAppApiError(400, OUTSIDE_SERVICE_WINDOW) : undefined,
    );

    // Act
    const result = await deliverReplies(sender, tenant, { phone: '628' }, replies, recent);

    // Assess
    expect(result).toEqual({ sent: 2, error: undefined });
    expect(sent.map((m) => m.kind)).toEqual(['template']);
  });
});
