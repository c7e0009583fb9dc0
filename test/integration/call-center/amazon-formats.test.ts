import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_TRANSCRIPT_FORMATS } from '#shared/channels/call-center/transcript-formats.js';
import {
  CALL_SECRETS,
  CALL_WORDS,
  callAnalyticsCall,
  channelsCall,
  contactLensCall,
  transcribeCall,
} from '../../fixtures/call-center/call-fixtures.js';
import { casesWithReference, storedCase } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { freshCall, postTranscript } from './transcript-requests.js';
import { staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

/** The case as the regency's staff open it: routing fields and the decrypted details. */
async function caseAsStaffSeeIt(tenant: string, reference: string): Promise<Record<string, any>> {
  const { caseId } = await storedCase(runtime, reference);
  const { status, json } = await staffClient(runtime, tenant).get(`/cases/${caseId}`);
  expect(status).toBe(200);
  return json;
}

describe('POST /api/v1/call-center/transcripts with the files Amazon Connect produces', () => {
  it.each([
    ['a Transcribe Call Analytics file', callAnalyticsCall, 'purwakarta', CALL_WORDS.callAnalytics],
    ['a Contact Lens file', contactLensCall, 'mesuji', CALL_WORDS.contactLens],
    ['a Transcribe file with channel identification', channelsCall, 'purwakarta', CALL_WORDS.channels],
  ])("files one case narrating the caller's words, not the agent's, when %s arrives", async (_, fixture, tenant, words) => {
    // Act
    const { status, json } = await postTranscript(runtime, freshCall(fixture()), tenant);

    // Assess
    expect(status).toBe(201);
    expect(await casesWithReference(runtime, json.reference)).toHaveLength(1);
    const { details, channel } = await caseAsStaffSeeIt(tenant, json.reference);
    expect(channel).toBe('call-center');
    expect(details.narrative).toContain(words.caller);
    expect(details.narrative).not.toContain(words.agent);
    expect(details).not.toHaveProperty('speakerRoles');
  });

  it("triages the teacher's words, not the agent's question about danger, when a Contact Lens file arrives", async () => {
    // Act
    const { json } = await postTranscript(runtime, freshCall(contactLensCall()), 'mesuji');

    // Assess
    const stored = await storedCase(runtime, json.reference);
    expect(stored).toMatchObject({ channel: 'call-center', kecamatan: 'Way Serdang', urgency: 'TINGGI' });
    expect(stored.triageSignals).toEqual(expect.arrayContaining(['child', 'physical']));
    expect(stored.triageSignals).not.toContain('danger_now');
  });

  it("keeps both speakers' words, labelled, and tells staff the roles are unknown when a speaker-label file names no agent", async () => {
    // Prepare
    const body = freshCall(transcribeCall());
    delete body.call.agentSpeakerLabel;

    // Act
    const first = await postTranscript(runtime, body, 'mesuji');
    const again = await postTranscript(runtime, structuredClone(body), 'mesuji');

    // Assess
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.json.reference).toBe(first.json.reference);
    const { details } = await caseAsStaffSeeIt('mesuji', first.json.reference);
    expect(details.speakerRoles).toBe('unknown');
    expect(details.narrative).toContain('Pembicara 1: Call center UPTD PPA Mesuji, selamat siang.');
    expect(details.narrative).toContain('Pembicara 2: Siang, Bu. Saya mau melapor, Bu.');
  });

  it('keeps every channel when a channel-identified file arrives without the agent channel', async () => {
    // Prepare
    const body = freshCall(channelsCall());
    delete body.call.agentChannel;

    // Act
    const { status, json } = await postTranscript(runtime, body, 'purwakarta');

    // Assess
    expect(status).toBe(201);
    const { details } = await caseAsStaffSeeIt('purwakarta', json.reference);
    expect(details.speakerRoles).toBe('unknown');
    expect(details.narrative.split('\n')[1]).toMatch(/^Pembicara 2: Siang, Bu\. Adik saya/);
    expect(details.narrative).toContain(CALL_WORDS.channels.agent);
  });

  it('files the whole conversation with the roles unknown when Transcribe ran without speaker labels', async () => {
    // Prepare
    const body = freshCall(transcribeCall());
    delete body.transcribe.results.speaker_labels;
    for (const item of body.transcribe.results.items) delete item.speaker_label;

    // Act
    const { status, json } = await postTranscript(runtime, body, 'mesuji');

    // Assess
    expect(status).toBe(201);
    const { details } = await caseAsStaffSeeIt('mesuji', json.reference);
    expect(details.speakerRoles).toBe('unknown');
    expect(details.narrative).toMatch(/^Call center UPTD PPA Mesuji, .*dicabuli sama tetangga kami\./);
  });

  it.each([
    ['a transcript as plain text', 'Halo, saya mau lapor.'],
    ['Transcribe streaming events', { TranscriptEvent: { Transcript: { Results: [] } } }],
    ['a Transcribe job that has not finished', { jobName: 'pwk-1', status: 'IN_PROGRESS' }],
  ])('answers 400 UNSUPPORTED_TRANSCRIPT_FORMAT naming the supported formats when %s arrives', async (_, file) => {
    // Prepare
    const body = freshCall(transcribeCall());
    body.transcribe = file;
    const before = (await runtime.scanAll()).filter((item) => item.type === 'Case').length;

    // Act
    const { status, json } = await postTranscript(runtime, body, 'mesuji');

    // Assess
    expect(status).toBe(400);
    expect(json.code).toBe('UNSUPPORTED_TRANSCRIPT_FORMAT');
    for (const format of SUPPORTED_TRANSCRIPT_FORMATS) {
      expect(json.message.en).toContain(format);
      expect(json.message.id).toContain(format);
    }
    expect(JSON.stringify(json)).not.toContain('expected object');
    expect((await runtime.scanAll()).filter((item) => item.type === 'Case')).toHaveLength(before);
  });

  it("stores no plaintext caller number or words when the Amazon files are filed", async () => {
    // Prepare
    const posted = await Promise.all([
      postTranscript(runtime, freshCall(callAnalyticsCall()), 'purwakarta'),
      postTranscript(runtime, freshCall(contactLensCall()), 'mesuji'),
      postTranscript(runtime, freshCall(channelsCall()), 'purwakarta'),
    ]);

    // Act
    const raw = JSON.stringify(await runtime.scanAll());

    // Assess
    for (const { json } of posted) expect(raw).toContain(json.reference);
    for (const secret of [...CALL_SECRETS.callAnalytics, ...CALL_SECRETS.contactLens, ...CALL_SECRETS.channels]) {
      expect(raw).not.toContain(secret);
    }
  });
});
