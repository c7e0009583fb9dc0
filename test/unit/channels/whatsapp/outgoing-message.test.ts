import { describe, expect, it } from 'vitest';
import {
  chooseNotice,
  DEFAULT_NOTICE_TEMPLATE,
  type OutgoingMessage,
  toGraphMessage,
} from '#shared/channels/whatsapp/outgoing-message.js';

describe('toGraphMessage', () => {
  it('builds the Cloud API body of a text, reply buttons, a list and a template', () => {
    // Prepare
    const messages: OutgoingMessage[] = [
      { kind: 'text', text: 'Halo' },
      { kind: 'buttons', text: 'Pilih', buttons: [{ id: 'a', title: 'Satu' }] },
      { kind: 'list', text: 'Pilih', button: 'Daftar', sections: [{ title: 'S', rows: [{ id: 'r', title: 'Baris', description: 'D' }] }] },
      DEFAULT_NOTICE_TEMPLATE,
    ];

    // Act
    const bodies = messages.map((m) => toGraphMessage({ phone: '6281234567891', userId: 'ID.1234567890' }, m));

    // Assess
    for (const body of bodies) {
      expect(body).toMatchObject({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '6281234567891' });
      // One address only: with both, Meta would use the number anyway.
      expect(body).not.toHaveProperty('recipient');
    }
    expect(bodies[0]).toMatchObject({ type: 'text', text: { body: 'Halo', preview_url: false } });
    expect(bodies[1]).toMatchObject({
      type: 'interactive',
      interactive: { type: 'button', body: { text: 'Pilih' }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Satu' } }] } },
    });
    expect(bodies[2]).toMatchObject({
      type: 'interactive',
      interactive: { type: 'list', action: { button: 'Daftar', sections: [{ title: 'S', rows: [{ id: 'r', title: 'Baris', description: 'D' }] }] } },
    });
    expect(bodies[3]).toEqual(expect.objectContaining({ type: 'template', template: { name: 'lapor_aman_pembaruan', language: { code: 'id' } } }));
  });

  it('keeps titles and bodies within WhatsApp limits when a text is too long', () => {
    // Act
    const body = toGraphMessage({ phone: '62' }, {
      kind: 'buttons',
      text: 'x'.repeat(2000),
      buttons: [{ id: 'a', title: 'A very long button title indeed' }],
    }) as { interactive: { body: { text: string }; action: { buttons: { reply: { title: string } }[] } } };

    // Assess
    expect(body.interactive.body.text).toHaveLength(1024);
    expect(body.interactive.action.buttons[0]?.reply.title).toHaveLength(20);
  });

  it('addresses a reporter known only by a WhatsApp username to their BSUID, in the recipient field', () => {
    // Act
    const body = toGraphMessage({ userId: 'user.9373795779eb6441c8adb2eaee5b848e7dd174dd' }, { kind: 'text', text: 'Halo' });

    // Assess
    expect(body).toMatchObject({ recipient_type: 'individual', recipient: 'user.9373795779eb6441c8adb2eaee5b848e7dd174dd' });
    expect(body).not.toHaveProperty('to');
  });
});

describe('chooseNotice', () => {
  const freeForm: OutgoingMessage = { kind: 'text', text: 'Laporan Anda sedang ditangani.' };
  const now = new Date('2026-11-24T10:00:00Z');

  it('sends the free-form notice when the reporter wrote within the last 24 hours', () => {
    // Assess
    expect(chooseNotice(new Date('2026-11-23T10:00:01Z'), now, freeForm)).toBe(freeForm);
  });

  it('sends the content-free template when the 24-hour window has closed or the last message is unknown', () => {
    // Assess
    expect(chooseNotice(new Date('2026-11-23T10:00:00Z'), now, freeForm)).toBe(DEFAULT_NOTICE_TEMPLATE);
    expect(chooseNotice(undefined, now, freeForm)).toBe(DEFAULT_NOTICE_TEMPLATE);
  });
});
