import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALL_SECRETS,
  callAnalyticsCall,
  channelsCall,
  contactLensCall,
  genericCall,
  transcribeCall,
} from '../../fixtures/call-center/call-fixtures.js';
import { storedCase } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { freshCall, postTranscript } from './transcript-requests.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

describe('POST /api/v1/call-center/transcripts', () => {
  it('files a case the agent can read back when a generic call record arrives', async () => {
    // Act
    const { status, json } = await postTranscript(runtime, freshCall(genericCall()), 'purwakarta');

    // Assess
    expect(status).toBe(201);
    expect(Object.keys(json).sort()).toEqual(['reference', 'status', 'trackingCode']);
    expect(json.reference).toMatch(/^PWK-\d{4}-\d{5}$/);
    expect(json.trackingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(json.status).toBe('diterima');
  });

  it("triages the caller's words and applies the agent's notes when a generic call is filed", async () => {
    // Act
    const { json } = await postTranscript(runtime, freshCall(genericCall()), 'purwakarta');

    // Assess
    const stored = await storedCase(runtime, json.reference);
    expect(stored).toMatchObject({
      tenantId: 'purwakarta',
      channel: 'call-center',
      service: 'pengaduan_kekerasan',
      category: 'kdrt',
      urgency: 'TINGGI',
      kecamatan: 'Plered',
      anonymous: false,
    });
    expect(stored.triageSignals).toEqual(expect.arrayContaining(['child', 'physical']));
    expect(stored.identity).toBeDefined();
  });

  it('files a sexual-violence case as TINGGI when Amazon Transcribe output arrives', async () => {
    // Act
    const { status, json } = await postTranscript(runtime, freshCall(transcribeCall()), 'mesuji');

    // Assess
    expect(status).toBe(201);
    expect(json.reference).toMatch(/^MSJ-\d{4}-\d{5}$/);
    const stored = await storedCase(runtime, json.reference);
    // The agent asked "sekarang dalam bahaya?": a question, so the case is not DARURAT.
    expect(stored).toMatchObject({
      tenantId: 'mesuji',
      channel: 'call-center',
      category: 'kekerasan_seksual',
      urgency: 'TINGGI',
      kecamatan: 'Tanjung Raya',
    });
    expect(stored.triageSignals).not.toContain('danger_now');
  });

  it("seals the caller's words, and only theirs, in the case details", async () => {
    // Prepare
    const { json } = await postTranscript(runtime, freshCall(transcribeCall()), 'mesuji');
    const stored = await storedCase(runtime, json.reference);

    // Act
    const details = await runtime.deps.vault.open<{ narrative: string; victim: unknown }>(
      { tenant: 'mesuji', caseId: stored.caseId, purpose: 'details' },
      stored.details,
    );

    // Assess
    expect(details.narrative.split('\n')).toHaveLength(3);
    expect(details.narrative).toMatch(/^Siang, Bu\. Saya mau melapor/);
    expect(details.narrative).not.toContain('Call center UPTD PPA');
    expect(details.victim).toEqual({ ageGroup: 'anak_13_17', gender: 'perempuan', relationToReporter: 'keluarga' });
  });

  it('stores no plaintext caller number or words when both kinds of call are filed', async () => {
    // Prepare
    const generic = await postTranscript(runtime, freshCall(genericCall()), 'purwakarta');
    const transcribe = await postTranscript(runtime, freshCall(transcribeCall()), 'mesuji');

    // Act
    const raw = JSON.stringify(await runtime.scanAll());

    // Assess
    expect(raw).toContain(generic.json.reference);
    expect(raw).toContain(transcribe.json.reference);
    for (const secret of [...CALL_SECRETS.purwakarta, ...CALL_SECRETS.mesuji]) expect(raw).not.toContain(secret);
    for (const { json } of [generic, transcribe]) expect(raw).not.toContain(json.trackingCode);
    expect(raw).not.toContain(runtime.callCenterKeys.purwakarta);
  });

  it.each([
    ['a generic call record', genericCall, 'purwakarta'],
    ['Amazon Transcribe output', transcribeCall, 'mesuji'],
    ['a Transcribe Call Analytics file', callAnalyticsCall, 'purwakarta'],
    ['a Contact Lens file', contactLensCall, 'mesuji'],
    ['a Transcribe file with channel identification', channelsCall, 'purwakarta'],
  ])('answers a repeated post of %s with 200 and the same reference, filing one case', async (_, fixture, tenant) => {
    // Prepare
    const body = freshCall(fixture());

    // Act
    const first = await postTranscript(runtime, body, tenant);
    const second = await postTranscript(runtime, structuredClone(body), tenant);

    // Assess
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.json).toEqual(first.json);
    const cases = (await runtime.scanAll()).filter((i) => i.type === 'Case' && i.reference === first.json.reference);
    expect(cases).toHaveLength(1);
  });

  it('refuses with 409 when a call id comes back with a different conversation', async () => {
    // Prepare
    const body = freshCall(genericCall());
    await postTranscript(runtime, body, 'purwakarta');
    body.segments[1].text = 'Percakapan yang lain sama sekali.';

    // Act
    const { status, json } = await postTranscript(runtime, body, 'purwakarta');

    // Assess
    expect(status).toBe(409);
    expect(json.code).toBe('ALREADY_SUBMITTED');
  });

  it("rates the case with the agent's urgency when the agent gave one", async () => {
    // Prepare: words triage would rate NORMAL.
    const body = freshCall(genericCall());
    body.notes = { service: 'konsultasi', urgency: 'TINGGI' };
    body.segments = [{ speaker: 'caller', startSec: 1, text: 'Saya mau konsultasi, Bu. Anak saya murung sejak pindah sekolah.' }];

    // Act
    const { json } = await postTranscript(runtime, body, 'purwakarta');

    // Assess
    expect((await storedCase(runtime, json.reference)).urgency).toBe('TINGGI');
  });

  it('files an anonymous case without identity when the agent noted that the caller wants it', async () => {
    // Prepare
    const body = freshCall(genericCall());
    body.notes.anonymous = true;

    // Act
    const { status, json } = await postTranscript(runtime, body, 'purwakarta');

    // Assess
    expect(status).toBe(201);
    const stored = await storedCase(runtime, json.reference);
    expect(stored.anonymous).toBe(true);
    expect(stored).not.toHaveProperty('identity');
  });

  it('alerts the on-call team with routing facts only when a call is filed', async () => {
    // Prepare
    const body = freshCall(genericCall());
    body.notes.urgency = 'DARURAT';

    // Act
    const { json } = await postTranscript(runtime, body, 'purwakarta');

    // Assess
    const alert = runtime.printed.find((line) => line.includes(json.reference));
    expect(alert).toMatch(/DARURAT/);
    expect(alert).toContain('Kec. Plered');
    for (const secret of CALL_SECRETS.purwakarta) expect(alert).not.toContain(secret);
  });
});
