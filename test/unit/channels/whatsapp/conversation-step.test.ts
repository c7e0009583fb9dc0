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

/** `phone: null`: the message gave no number (a WhatsApp username). */
function context(phone: string | null = '6281234567891', overrides: Partial<StepActions> = {}) {
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
    phone: phone ?? undefined,
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
const choices = (r: OutgoingMessage) => (r.kind === 'buttons' ? r.buttons.map((b) => b.id) : []);

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

  it('sends the files and answers after the report when its case was filed from an earlier draft, so none is lost', async () => {
    // Prepare
    const filedEarlier = { ...receipt, created: false, contentChanged: true } as const;
    const { ctx, actions } = context('6281234567891', { submit: vi.fn(async () => filedEarlier) });
    const media = [{ objectId: 'wa-2', contentType: 'image/jpeg', size: 1, sha256: 'y', kind: 'image' as const }];
    const draft = at('confirm', { narrative: ['...'], kecamatan: 'Cepu', consent: true, anonymous: true, media });

    // Act
    const outcome = await runConversationStep(ctx, draft, tap('confirm:send'));

    // Assess
    expect(actions.attach).toHaveBeenCalledWith(expect.anything(), {
      id: 'media',
      media,
      withIdentity: false,
      answers: { narrative: ['...'], kecamatan: 'Cepu' },
    });
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

  it('answers danger words in a first message with the emergency numbers and the danger question, not the menu', async () => {
    // Prepare
    const { ctx, actions } = context();

    // Act
    const outcome = await runConversationStep(
      ctx,
      undefined,
      text('Tolong saya, suami saya mau bunuh saya sekarang dia bawa parang'),
    );

    // Assess
    expect(actions.submit).not.toHaveBeenCalled();
    expect(words(outcome.replies)).toMatch(/112[\s\S]*110[\s\S]*129[\s\S]*0895-3914-04000[\s\S]*dalam bahaya sekarang/);
    expect(outcome.replies.flatMap(choices)).toEqual(['now:ya', 'now:tidak']);
    expect(outcome.conversation).toMatchObject({ step: 'danger_check', returnTo: 'menu' });
  });

  it('files the report from what was said and then asks for the story when the reporter answers Ya', async () => {
    // Prepare
    const { ctx, actions } = context();
    const asked = await runConversationStep(ctx, undefined, text('tlg suami sy mau bnh sy skrg'));

    // Act
    const outcome = await runConversationStep(ctx, asked.conversation!, tap('now:ya'));

    // Assess
    expect(actions.submit).toHaveBeenCalledWith(
      expect.objectContaining({ danger: 'ya', narrative: ['tlg suami sy mau bnh sy skrg'] }),
    );
    // The numbers came with the question just answered: the filing is not buried under them again.
    expect(words(outcome.replies)).toMatch(/^Laporan Anda[\s\S]*DARURAT[\s\S]*BLR-2026-00042[\s\S]*Ceritakan apa yang terjadi/);
    expect(outcome.conversation).toMatchObject({ step: 'narrative', service: 'pengaduan_kekerasan', caseRef: { caseId: 'case-1' } });
  });

  it('goes on with the open question and does not ask again for words when the reporter answers Tidak', async () => {
    // Prepare
    const { ctx, actions } = context();
    const asked = await runConversationStep(ctx, at('victim_age'), text('waktu itu dia bawa pisau'));

    // Act
    const declined = await runConversationStep(ctx, asked.conversation!, tap('now:tidak'));
    const again = await runConversationStep(ctx, declined.conversation!, text('dia juga pernah bawa golok'));

    // Assess
    expect(actions.submit).not.toHaveBeenCalled();
    expect(words(declined.replies)).toContain('Siapa korbannya');
    expect(declined.conversation).toMatchObject({ step: 'victim_age', dangerDeclined: true, narrative: ['waktu itu dia bawa pisau'] });
    expect(again.conversation?.step).toBe('victim_age');
    expect(words(again.replies)).toContain('belum kami pahami');
  });

  it('files at once without asking when the words say harm is happening now', async () => {
    // Prepare
    const { ctx, actions } = context();

    // Act
    const outcome = await runConversationStep(ctx, at('when', { narrative: ['suami saya kasar'] }), text('dia sedang memukul saya sekarang'));

    // Assess
    expect(actions.submit).toHaveBeenCalledWith(
      expect.objectContaining({ danger: 'ya', narrative: ['suami saya kasar', 'dia sedang memukul saya sekarang'] }),
    );
    expect(words(outcome.replies)).toMatch(/112[\s\S]*BLR-2026-00042[\s\S]*Kapan kejadiannya/);
    expect(outcome.conversation).toMatchObject({ step: 'when', danger: 'ya' });
  });

  it('asks the question instead of filing when the danger in the words is not happening now', async () => {
    // Prepare
    const { ctx, actions } = context();

    // Act
    const outcome = await runConversationStep(ctx, at('narrative'), text('kemarin dia ngancam mau bunuh saya'));

    // Assess
    expect(actions.submit).not.toHaveBeenCalled();
    expect(outcome.conversation).toMatchObject({ step: 'danger_check', returnTo: 'narrative' });
  });

  it('adds the answers given after an emergency filing to the case when the reporter confirms', async () => {
    // Prepare
    const { ctx, actions } = context();
    const asked = await runConversationStep(ctx, undefined, text('tolong cepat, dia bawa parang'));
    let state = (await runConversationStep(ctx, asked.conversation!, tap('now:ya'))).conversation!;
    for (const input of [
      text('Dia suami saya, sudah pergi sekarang.'),
      tap('narr:done'),
      tap('kec:Cepu'),
      tap('place:skip'),
      tap('when:today'),
      tap('age:dewasa'),
      tap('gender:perempuan'),
      tap('rel:diri_sendiri'),
      tap('id:anon'),
      tap('consent:yes'),
    ]) {
      state = (await runConversationStep(ctx, state, input)).conversation!;
    }

    // Act
    const outcome = await runConversationStep(ctx, state, tap('confirm:send'));

    // Assess
    expect(actions.submit).toHaveBeenCalledTimes(1);
    expect(actions.attach).toHaveBeenCalledWith(expect.anything(), {
      id: 'final',
      media: [],
      withIdentity: false,
      answers: {
        narrative: ['Dia suami saya, sudah pergi sekarang.'],
        kecamatan: 'Cepu',
        occurred: { date: '2026-11-24' },
        victim: { ageGroup: 'dewasa', gender: 'perempuan', relation: 'diri_sendiri' },
      },
    });
    expect(words(outcome.replies)).toContain('BLR-2026-00042');
  });

  it('answers the status and keeps the code out of the draft when status, reference and code come in one message', async () => {
    // Prepare
    const found = { reference: 'BLR-2026-00003', status: 'asesmen', updatedAt: '2026-11-24T03:00:00Z' } as const;
    const { ctx, actions } = context('6281234567891', { checkStatus: vi.fn(async () => found) });
    const draft = at('narrative', { narrative: ['cerita'] });

    // Act
    const outcome = await runConversationStep(ctx, draft, text('STATUS blr 2026 00003  e937g8ygtj7f'));

    // Assess
    expect(actions.checkStatus).toHaveBeenCalledWith('BLR-2026-00003', 'e937g8ygtj7f');
    expect(words(outcome.replies)).toContain('Laporan *BLR-2026-00003*');
    expect(outcome.conversation).toMatchObject({ step: 'narrative', narrative: ['cerita'] });
  });

  it('never keeps a tracking code typed into a step as report text', async () => {
    // Prepare
    const { ctx, actions } = context();

    // Act
    const alone = await runConversationStep(ctx, at('narrative'), text('kode saya E937-G8YG-TJ7F'));
    const withReference = await runConversationStep(ctx, at('place'), text('BLR-2026-00003 E937 G8YG TJ7F'));

    // Assess
    expect(actions.checkStatus).toHaveBeenCalledTimes(1);
    expect(alone.conversation).toMatchObject({ step: 'narrative', narrative: [] });
    expect(words(alone.replies)).toContain('kode tidak kami simpan');
    expect(withReference.conversation).toMatchObject({ step: 'place', placeDetail: [] });
    expect(words(withReference.replies)).toContain('tidak cocok');
  });

  it('keeps the emergency report and only stops contact when consent is declined after an emergency filing', async () => {
    // Prepare
    const { ctx, actions } = context();
    const draft = at('consent', { danger: 'ya', caseRef: { caseId: 'case-1', reference: 'BLR-2026-00042' } });

    // Act
    const outcome = await runConversationStep(ctx, draft, tap('consent:no'));

    // Assess
    expect(actions.attach).not.toHaveBeenCalled();
    expect(outcome.conversation?.step).toBe('done');
    expect(words(outcome.replies)).toContain('BLR-2026-00042* tetap tersimpan dan sedang ditangani');
    expect(words(outcome.replies)).not.toMatch(/tidak dapat kami simpan|0895-3914-04000/);
  });

  it('replaces the words of a message in the draft when the reporter edits it', async () => {
    // Prepare
    const { ctx } = context();
    const said = await runConversationStep(ctx, at('narrative'), { kind: 'text', text: 'dia dipukul kemarin', source: 'msg-1' });

    // Act
    const edited = await runConversationStep(ctx, said.conversation!, { kind: 'edit', target: 'msg-1', text: 'dia dipukul tadi pagi', source: 'msg-2' });

    // Assess
    expect(edited.conversation).toMatchObject({ step: 'narrative', narrative: ['dia dipukul tadi pagi'] });
    expect(words(edited.replies)).toContain('Perubahan pesan Anda sudah kami catat');
  });

  it('adds the new words to the case, marked as changed by the reporter, when the edited message was filed', async () => {
    // Prepare
    const { ctx, actions } = context();
    const said = await runConversationStep(ctx, at('confirm', { consent: true, anonymous: true }), tap('confirm:send'));
    const filed = { ...said.conversation!, sources: { 'msg-1': 0 } };

    // Act
    const edited = await runConversationStep(ctx, filed, { kind: 'edit', target: 'msg-1', text: 'ralat: tadi pagi', source: 'msg-9' });

    // Assess
    expect(actions.attach).toHaveBeenCalledWith(expect.anything(), {
      id: 'edit-msg-9',
      media: [],
      withIdentity: false,
      edited: 'ralat: tadi pagi',
    });
    expect(words(edited.replies)).toContain('diubah oleh pelapor');
  });

  it('says so when an edit changes a message the report does not hold', async () => {
    // Prepare
    const { ctx, actions } = context();

    // Act
    const edited = await runConversationStep(ctx, at('when'), { kind: 'edit', target: 'unknown', text: 'x', source: 'msg-3' });

    // Assess
    expect(actions.attach).not.toHaveBeenCalled();
    expect(edited.conversation?.step).toBe('when');
    expect(words(edited.replies)).toContain('tidak dapat kami terapkan');
  });

  it('thanks for an audio file as an audio file, not a voice note', async () => {
    // Prepare
    const { ctx } = context();
    const note = { objectId: 'wa-9', contentType: 'audio/mpeg', size: 1, sha256: 'z', kind: 'audio' as const, voice: false };

    // Act
    const outcome = await runConversationStep(ctx, at('narrative'), { kind: 'media', note });

    // Assess
    expect(words(outcome.replies)).toContain('File audio tersimpan');
    expect(words(outcome.replies)).not.toContain('Pesan suara');
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

  it('asks for a name, without speaking of a foreign number, when a reporter known only by a username skips it', async () => {
    // Prepare
    const { ctx } = context(null);
    const { waId: _none, ...byUsername } = at('name', { anonymous: false });

    // Act
    const outcome = await runConversationStep(ctx, byUsername, tap('name:skip'));

    // Assess
    expect(outcome.conversation?.step).toBe('name');
    expect(words(outcome.replies)).toContain('nama pengguna WhatsApp');
  });

  it('forgets everything of the report but which case holds it after it is submitted', async () => {
    // Prepare
    const { ctx } = context();
    const full = at('confirm', { narrative: ['rahasia'], kecamatan: 'Cepu', consent: true, anonymous: true, name: 'X' });

    // Act
    const outcome = await runConversationStep(ctx, full, tap('confirm:send'));

    // Assess
    expect(outcome.conversation).toEqual({
      ...startConversation('conv-0', '6281234567891', 'id'),
      step: 'done',
      caseRef: { caseId: 'case-1', reference: 'BLR-2026-00042' },
    });
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
