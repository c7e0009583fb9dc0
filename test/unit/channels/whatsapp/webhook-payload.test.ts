import { describe, expect, it } from 'vitest';
import { messagePayload, type SimulatedMessage } from '#local/whatsapp-payload.js';
import { phoneNumberIdsIn, readWebhookBatch, WebhookEnvelope } from '#shared/channels/whatsapp/webhook-payload.js';
import { whatsappFixture } from '../../../support/whatsapp.js';

const read = (fixture: Record<string, unknown>) => readWebhookBatch(WebhookEnvelope.parse(fixture));

describe('readWebhookBatch', () => {
  it.each([
    ['text', { kind: 'text', text: 'Does it come in another color?' }],
    ['interactive-button-reply', { kind: 'choice', id: 'change-button', title: 'Change' }],
    ['interactive-list-reply', { kind: 'choice', id: 'priority_express', title: 'Priority Mail Express' }],
    ['button', { kind: 'choice', id: 'Unsubscribe from Promos', title: 'Unsubscribe from Promos' }],
    ['image', { kind: 'media', media: 'image', mediaId: '1003383421387256', mimeType: 'image/jpeg', caption: 'Sample caption' }],
    ['audio', { kind: 'media', media: 'audio', mediaId: '1003383421387257', mimeType: 'audio/ogg; codecs=opus' }],
    ['video', { kind: 'media', media: 'video', mediaId: '1003383421387258', mimeType: 'video/mp4' }],
    ['document', { kind: 'media', media: 'document', mediaId: '1003383421387259', mimeType: 'application/pdf' }],
    ['location', { kind: 'location', latitude: 37.4847, longitude: -122.1477, name: 'Main Street Beach' }],
    ['sticker', { kind: 'unreadable', type: 'sticker' }],
    ['unsupported', { kind: 'unreadable', type: 'unsupported' }],
    ['contacts', { kind: 'unreadable', type: 'contacts' }],
    ['reaction', { kind: 'ignored', type: 'reaction' }],
    ['system', { kind: 'ignored', type: 'system' }],
  ])('reads the %s example from Meta as what the conversation needs', (fixture, expected) => {
    // Act
    const batch = read(whatsappFixture(fixture));

    // Assess
    expect(batch.messages).toHaveLength(1);
    expect(batch.messages[0]).toMatchObject({ phoneNumberId: '106540352242922', sender: { phone: '16505551234' }, content: expected });
    expect(batch.messages[0]?.sentAt.toISOString()).toBe('2025-06-08T20:59:43.000Z');
  });

  it('reads statuses with their error codes and no messages when Meta reports deliveries', () => {
    // Act
    const delivered = read(whatsappFixture('statuses'));
    const failed = read(whatsappFixture('status-failed'));

    // Assess
    expect(delivered).toMatchObject({ messages: [], statuses: [{ status: 'delivered', errorCodes: [] }] });
    expect(failed.statuses).toEqual([{ phoneNumberId: '106540352242922', status: 'failed', errorCodes: [131047] }]);
  });

  it('skips a malformed message but keeps its neighbours when one message in a batch is odd', () => {
    // Prepare
    const fixture = whatsappFixture('text');
    const value = fixture.entry[0].changes[0].value;
    value.messages.push({ from: 'not-a-number', id: 'x', timestamp: 'soon', type: 'text' });
    value.messages.push({ ...structuredClone(value.messages[0]), type: 'image', image: { caption: 'no id' } });

    // Act
    const batch = read(fixture);

    // Assess
    expect(batch.skippedMessages).toBe(1);
    expect(batch.messages.map((m) => m.content.kind)).toEqual(['text', 'unreadable']);
  });

  it('counts and ignores changes of other webhook fields', () => {
    // Prepare
    const fixture = whatsappFixture('text');
    fixture.entry[0].changes.push({ field: 'account_update', value: { event: 'VERIFIED_ACCOUNT' } });

    // Act
    const batch = read(fixture);

    // Assess
    expect(batch.skippedChanges).toBe(1);
    expect(batch.messages).toHaveLength(1);
  });
});

describe('phoneNumberIdsIn', () => {
  it('lists the business numbers a body names, and nothing for bodies of another shape', () => {
    // Assess
    expect(phoneNumberIdsIn(whatsappFixture('text'))).toEqual(['106540352242922']);
    expect(phoneNumberIdsIn(null)).toEqual([]);
    expect(phoneNumberIdsIn({ entry: 'x' })).toEqual([]);
    expect(phoneNumberIdsIn({ entry: [{ changes: [{ value: { metadata: { phone_number_id: 42 } } }] }] })).toEqual([]);
  });
});

describe('messagePayload (local simulator)', () => {
  const shape = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(shape)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]).sort(([a], [b]) => String(a).localeCompare(String(b))))
        : typeof value;

  it.each<[string, SimulatedMessage]>([
    ['text', { type: 'text', text: 'halo' }],
    ['interactive-button-reply', { type: 'button_reply', id: 'a', title: 'A' }],
    ['image', { type: 'image', mediaId: '1', mimeType: 'image/jpeg', caption: 'c' }],
    ['reaction', { type: 'reaction', messageId: 'wamid.x', emoji: '👍' }],
  ])('builds bodies shaped like Meta’s %s example', (fixture, message) => {
    // Prepare
    const meta = whatsappFixture(fixture);
    for (const m of meta.entry[0].changes[0].value.messages) delete m.context;

    // Act
    const built = messagePayload({ phoneNumberId: '106540352242922', from: '16505551234' }, message);

    // Assess
    expect(shape(built)).toEqual(shape(meta));
  });
});

describe('readWebhookBatch senders', () => {
  /** Meta's text example with the sender fields replaced: `from`, `from_user_id` and the contact's ids. */
  function textFrom(sender: { from?: string; fromUserId?: string; contact?: Record<string, string> }) {
    const fixture = whatsappFixture('text');
    const value = fixture.entry[0].changes[0].value;
    value.contacts = sender.contact ? [{ profile: { name: 'R' }, ...sender.contact }] : [];
    const [message] = value.messages;
    delete message.from;
    if (sender.from !== undefined) message.from = sender.from;
    if (sender.fromUserId !== undefined) message.from_user_id = sender.fromUserId;
    return fixture;
  }

  it('reads a sender known only by a WhatsApp username (from "", from_user_id) by their BSUID', () => {
    // Act
    const batch = read(textFrom({ from: '', fromUserId: 'user.93737ab', contact: { wa_id: '', user_id: 'user.93737ab' } }));

    // Assess
    expect(batch.messages[0]?.sender).toEqual({ userId: 'user.93737ab' });
    expect(batch.unattributed).toBe(0);
  });

  it('reads both the number and the BSUID when the message has the number and its contact the BSUID', () => {
    // Act
    const batch = read(textFrom({ from: '6281234567891', contact: { wa_id: '6281234567891', user_id: 'ID.1349120865' } }));

    // Assess
    expect(batch.messages[0]?.sender).toEqual({ phone: '6281234567891', userId: 'ID.1349120865' });
  });

  it('does not take the BSUID of a contact that is someone else', () => {
    // Act
    const batch = read(textFrom({ from: '6281234567891', contact: { wa_id: '6289999999999', user_id: 'ID.other' } }));

    // Assess
    expect(batch.messages[0]?.sender).toEqual({ phone: '6281234567891' });
  });

  it.each([
    ['no sender at all', {}],
    ['an empty number and no BSUID', { from: '' }],
    ['a number and a BSUID that are neither', { from: 'not-a-number', fromUserId: '../../etc' }],
  ])('counts a message with %s as unattributed instead of reading it', (_what, sender) => {
    // Act
    const batch = read(textFrom(sender));

    // Assess
    expect(batch.messages).toEqual([]);
    expect(batch.unattributed).toBe(1);
  });
});

describe('readWebhookBatch edits and audio', () => {
  function single(type: string, content: Record<string, unknown>) {
    const fixture = whatsappFixture('text');
    const [message] = fixture.entry[0].changes[0].value.messages;
    delete message.text;
    Object.assign(message, { type, ...content });
    return read(fixture).messages[0]?.content;
  }

  it('reads the new words of an edited text or caption, and the message it changes', () => {
    // Act
    const text = single('edit', { edit: { original_message_id: 'wamid.A', message: { type: 'text', text: { body: 'baru' } } } });
    const caption = single('edit', {
      edit: { original_message_id: 'wamid.B', message: { type: 'image', image: { id: '1', caption: 'keterangan baru' } } },
    });

    // Assess
    expect(text).toEqual({ kind: 'edit', originalMessageId: 'wamid.A', text: 'baru' });
    expect(caption).toEqual({ kind: 'edit', originalMessageId: 'wamid.B', text: 'keterangan baru' });
  });

  it('ignores an edit that changes no words', () => {
    // Act
    const content = single('edit', { edit: { original_message_id: 'wamid.C', message: { type: 'image', image: { id: '2' } } } });

    // Assess
    expect(content).toEqual({ kind: 'ignored', type: 'edit' });
  });

  it('tells an audio file from a voice note', () => {
    // Act
    const file = single('audio', { audio: { id: '9', mime_type: 'audio/mpeg', voice: false } });

    // Assess
    expect(file).toMatchObject({ kind: 'media', media: 'audio', voice: false });
  });
});
