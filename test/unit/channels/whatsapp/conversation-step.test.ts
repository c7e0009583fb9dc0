import { describe, expect, it, vi } from 'vitest';
import { loadTenantsConfig } from '#local/runtime.js';
import { type Conversation, startConversation } from '#shared/channels/whatsapp/conversation.js';
import { runConversationStep, type StepActions, type StepContext, type StepInput } from '#shared/channels/whatsapp/conversation-step.js';
import type { OutgoingMessage } from '#shared/channels/whatsapp/outgoing-message.js';

const tenant = loadTenantsConfig().tenants.find((t) => t.id === 'blora')!;
const receipt = {
  caseId: 'case-1',
  reference: 'BLR-2026-00042',
  trackingCode: 'ABCD-EFGH-JKMN',
  status: 'diterima',
  urgency: 'DARURAT',
  dueAt: '2026-11-25T03:00:00.000Z',
  created: true,
} as const;

function context(waId = '6281234567891', overrides: Partial<StepActions> = {}) {
  const actions = {
    submit: vi.fn(async () => receipt),
    attach: vi.fn(async () => undefined),
    checkStatus: vi.fn(async () => undefined),
    sendNow: vi.fn(async () => undefined),
    ...overrides,
  } satisfies StepActions;
  let next = 0;
  const ctx: StepContext = {
    tenant,
    now: new Date('2026-11-24T03:00:00Z'),
    waId,
    newConversationId: () => `conv-${++next}`,
    actions,
  };
  return { ctx, actions };
}

const at = (step: Conversation['step'], patch: Partial<Conversation> = {}): Conversation => ({
  ...startConversation('conv-0', '6281234567891', 'id'),
  service: 'pengaduan_kekerasan',
  step,
  ...patch,
});
const text = (value: string): StepInput => ({ kind: 'text', text: value });
const tap = (id: string): StepInput => ({ kind: 'choice', id, title: id });
const words = (replies: readonly OutgoingMessage[]) => replies.map((r) => ('text' in r ? r.text : '')).join('\n');

describe('runConversationStep', () => {
  it('keeps a long first message as the start of the story when the reporter writes before choosing', async () => {
    // Prepare
    const { ctx } = context();

    // Act
    const first = await runConversationStep(ctx, undefined, text('Tolong, anak tetangga saya dipukuli setiap malam'));
    const chosen = await runConversationStep(ctx, first.conversation!, tap('svc:pengaduan_kekerasan'));

    // Assess
    expect(words(first.replies)).toContain('sudah kami catat');
    expect(chosen.conversation?.narrative).toEqual(['Tolong, anak tetangga saya dipukuli setiap malam']);
    expect(words(chosen.replies)).toContain('Pesan yang Anda kirim tadi sudah kami catat');
  });

  it('pages through the kecamatan list and keeps unknown place words as detail', async () => {
    // Prepare
    const { ctx } = context();

    // Act
    const page = await runConversationStep(ctx, at('kecamatan'), tap('kecpage:1'));
    const detail = await runConversationStep(ctx, page.conversation!, text('Desa Ngloram'));
    const picked = await runConversationStep(ctx, detail.conversation!, tap('kec:Tunjungan'));

    // Assess
    const list = page.replies[0];
    expect(list?.kind === 'list' && list.sections[0]?.rows.map((r) => r.id)).toEqual([
      ...['Kedungtuban', 'Kradenan', 'Kunduran', 'Ngawen', 'Randublatung', 'Sambong', 'Todanan', 'Tunjungan'].map((k) => `kec:${k}`),
      'kecpage:0',
      'kec?',
    ]);
    expect(picked.conversation).toMatchObject({ kecamatan: 'Tunjungan', placeDetail: ['Desa Ngloram'], step: 'when' });
  });

  it('refuses a kecamatan of another regency when its id is tampered with', async () => {
    // Prepare
    const { ctx } = context();

    // Act
    const outcome = await runConversationStep(ctx, at('kecamatan'), tap('kec:Plered'));

    // Assess
    expect(outcome.conversation?.kecamatan).toBeUndefined();
    expect(words(outcome.replies)).toContain('belum kami pahami');
  });

  it('submits at once and only then asks about identity when the reporter says someone is in danger', async () => {
    // Prepare
    const { ctx, actions } = context();
    const media = [{ objectId: 'wa-1', contentType: 'image/jpeg', size: 1, sha256: 'x', kind: 'image' as const }];

    // Act
    const outcome = await runConversationStep(ctx, at('danger', { narrative: ['...'], media }), tap('danger:ya'));

    // Assess
    // The files go with the report itself; only files sent later become an addendum.
    expect(actions.submit).toHaveBeenCalledWith(expect.objectContaining({ media }));
    expect(actions.attach).not.toHaveBeenCalled();
    expect(outcome.conversation).toMatchObject({ step: 'identity', caseRef: { caseId: 'case-1' }, attachedMedia: 1 });
    expect(words(outcome.replies)).toMatch(/112[\s\S]*BLR-2026-00042[\s\S]*anonim/);
  });

  it('sends the files after the report when its case was filed from an earlier draft, so none is lost', async () => {
    // Prepare
    const filedEarlier = { ...receipt, created: false, contentChanged: true } as const;
    const { ctx, actions } = context('6281234567891', { submit: vi.fn(async () => filedEarlier) });
    const media = [{ objectId: 'wa-2', contentType: 'image/jpeg', size: 1, sha256: 'y', kind: 'image' as const }];
    const draft = at('confirm', { narrative: ['...'], kecamatan: 'Cepu', consent: true, anonymous: true, media });

    // Act
    const outcome = await runConversationStep(ctx, draft, tap('confirm:send'));

    // Assess
    expect(actions.attach).toHaveBeenCalledWith(expect.anything(), { id: 'media', media, withIdentity: false });
    expect(words(outcome.replies)).toContain('BLR-2026-00042');
  });

  it('still gives the emergency numbers at once when the danger report cannot be stored', async () => {
    // Prepare
    const { ctx, actions } = context('6281234567891', { submit: vi.fn(async () => Promise.reject(new Error('storage down'))) });

    // Act
    const failed = await runConversationStep(ctx, at('danger'), tap('danger:ya')).catch((e: Error) => e);

    // Assess
    expect(failed).toBeInstanceOf(Error);
    expect(actions.sendNow).toHaveBeenCalledWith([expect.objectContaining({ text: expect.stringContaining('112') })]);
  });

  it('does not submit when the reporter declines consent', async () => {
    // Prepare
    const { ctx, actions } = context();

    // Act
    const outcome = await runConversationStep(ctx, at('consent'), tap('consent:no'));

    // Assess
    expect(actions.submit).not.toHaveBeenCalled();
    expect(outcome.conversation?.step).toBe('consent');
    expect(words(outcome.replies)).toContain('Tanpa persetujuan');
  });

  it('asks for a name when a reporter with a foreign number wants to be contacted but skips it', async () => {
    // Prepare
    const { ctx } = context('60123456789');

    // Act
    const outcome = await runConversationStep(ctx, at('name', { waId: '60123456789', anonymous: false }), tap('name:skip'));

    // Assess
    expect(outcome.conversation?.step).toBe('name');
    expect(words(outcome.replies)).toContain('bukan nomor Indonesia');
  });

  it('forgets everything of the report after it is submitted', async () => {
    // Prepare
    const { ctx } = context();
    const full = at('confirm', { narrative: ['rahasia'], kecamatan: 'Cepu', consent: true, anonymous: true, name: 'X' });

    // Act
    const outcome = await runConversationStep(ctx, full, tap('confirm:send'));

    // Assess
    expect(outcome.conversation).toEqual({ ...startConversation('conv-0', '6281234567891', 'id'), step: 'done' });
    expect(words(outcome.replies)).toContain('ABCD-EFGH-JKMN');
  });

  it('ends a status check and answers the interrupted question when the reporter taps an earlier button', async () => {
    // Prepare
    const { ctx, actions } = context();

    // Act
    const outcome = await runConversationStep(ctx, at('status', { returnTo: 'victim_gender' }), tap('gender:laki_laki'));

    // Assess
    expect(actions.checkStatus).not.toHaveBeenCalled();
    expect(outcome.conversation).toMatchObject({ step: 'relation', victim: { gender: 'laki_laki' } });
    expect(outcome.conversation?.returnTo).toBeUndefined();
  });

  it('asks for the code and then checks when reference and code come in two messages', async () => {
    // Prepare
    const { ctx, actions } = context();

    // Act
    const first = await runConversationStep(ctx, at('status'), text('BLR-2026-00042'));
    const second = await runConversationStep(ctx, first.conversation!, text('abcd-efgh-jkmn'));

    // Assess
    expect(words(first.replies)).toContain('kode pelacakannya');
    expect(actions.checkStatus).toHaveBeenCalledWith('BLR-2026-00042', 'abcdefghjkmn');
    expect(second.conversation?.step).toBe('done');
  });

  it('switches language and asks the open question again when the reporter types english', async () => {
    // Prepare
    const { ctx } = context();

    // Act
    const outcome = await runConversationStep(ctx, at('victim_gender'), text('english'));

    // Assess
    expect(outcome.conversation?.lang).toBe('en');
    expect(words(outcome.replies)).toContain('Is the victim female or male?');
  });
});
