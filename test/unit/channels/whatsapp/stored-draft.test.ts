import { describe, expect, it } from 'vitest';
import { startConversation } from '#shared/channels/whatsapp/conversation.js';
import { DRAFT_VERSION, readStoredDraft, storedDraft } from '#shared/channels/whatsapp/stored-draft.js';

/** A draft as the first version wrote it: no version field, no danger check, no record of what was filed. */
const versionOne = (patch: Record<string, unknown> = {}) => ({
  conversation: {
    ...startConversation('conv-1', '6281234567891', 'id'),
    step: 'identity',
    service: 'pengaduan_kekerasan',
    narrative: ['Anak tetangga dipukul.'],
    kecamatan: 'Cepu',
    victim: { ageGroup: 'anak_6_12' },
    ...patch,
  },
  outbox: [{ kind: 'text', text: 'Tercatat.' }],
});

describe('readStoredDraft', () => {
  it('reads back what the current version stores', () => {
    // Prepare
    const draft = storedDraft({ ...startConversation('conv-1', '6281234567891', 'en'), step: 'danger_check', returnTo: 'menu' }, []);

    // Act
    const reading = readStoredDraft(JSON.parse(JSON.stringify(draft)));

    // Assess
    expect(reading).toEqual({ kind: 'current', draft });
  });

  it('migrates a first-version draft of an emergency case, counting every earlier answer as filed', () => {
    // Prepare
    const old = versionOne({ danger: 'ya', caseRef: { caseId: 'case-1', reference: 'BLR-2026-00042' }, attachedMedia: 0 });

    // Act
    const reading = readStoredDraft(old);

    // Assess
    expect(reading.kind).toBe('migrated');
    if (reading.kind === 'unreadable') return;
    expect(reading.draft.version).toBe(DRAFT_VERSION);
    expect(reading.draft.outbox).toEqual(old.outbox);
    expect(reading.draft.conversation).toMatchObject({
      step: 'identity',
      filed: { narrative: 1, placeDetail: 0, kecamatan: 'Cepu', victim: { ageGroup: 'anak_6_12' } },
    });
  });

  it('migrates a first-version draft without a case with nothing filed', () => {
    // Act
    const reading = readStoredDraft(versionOne());

    // Assess
    expect(reading.kind).toBe('migrated');
    expect(reading.kind !== 'unreadable' && reading.draft.conversation.filed).toBeUndefined();
  });

  it.each([
    ['a step no version knows', versionOne({ step: 'payment' })],
    ['a later version', { ...storedDraft(startConversation('conv-1', '62812', 'id'), []), version: DRAFT_VERSION + 1 }],
    ['a missing conversation', { outbox: [] }],
    ['no object at all', 'text'],
  ])('says a draft is unreadable when it has %s', (_what, stored) => {
    // Act & Assess
    expect(readStoredDraft(stored)).toEqual({ kind: 'unreadable' });
  });
});
