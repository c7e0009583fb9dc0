import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toReportSubmission } from '#shared/channels/call-center/call-submission.js';
import { CallTranscript } from '#shared/channels/call-center/call-transcript.js';
import { InvalidInputError, NoCallerSpeechError } from '#shared/errors.js';
import { ReportSubmission } from '#shared/intake/report-submission.js';
import { parseOrThrow } from '#shared/validation.js';
import {
  CALL_WORDS,
  callAnalyticsCall,
  channelsCall,
  contactLensCall,
  genericCall,
  transcribeCall,
} from '../../../fixtures/call-center/call-fixtures.js';

const submissionOf = (body: unknown) => ReportSubmission.parse(toReportSubmission(parseOrThrow(CallTranscript, body)));

describe('toReportSubmission', () => {
  it('maps a generic call record to a submission the contract accepts', () => {
    // Act
    const submission = submissionOf(genericCall());

    // Assess
    expect(submission).toMatchObject({
      channel: 'call-center',
      channelRef: 'pwk-cc-20261123-0007',
      language: 'id',
      service: 'pengaduan_kekerasan',
      category: 'kdrt',
      location: { kecamatan: 'Plered' },
      victim: { ageGroup: 'anak_6_12', gender: 'perempuan', relationToReporter: 'tetangga' },
      immediateDanger: 'tidak_tahu',
      reporter: { anonymous: false, phone: '+6285722119043' },
      consent: { dataProcessing: true, contactBack: true },
    });
    expect(submission.urgency).toBeUndefined();
  });

  it("puts only the caller's turns, in call order, in the narrative when the agent speaks too", () => {
    // Prepare
    const body = genericCall();
    body.segments.reverse();

    // Act
    const { narrative } = submissionOf(body);

    // Assess
    expect(narrative.split('\n')).toEqual([
      'Punten, Bu. Saya mau lapor soal anak tetangga saya. Anaknya perempuan, kelas tiga SD, umurnya sembilan tahun.',
      'Sering dipukuli bapak tirinya pakai sabuk, Bu. Kemarin malam saya dengar dia nangis jerit-jerit, pagi ini kakinya biru lebam.',
      'Di Plered, Bu, dekat masjid Desa Citeko.',
      'Boleh, Bu, tapi jangan sampai keluarganya tahu saya yang lapor.',
    ]);
  });

  it("leaves the agent's question out of the narrative when the call comes as Transcribe output", () => {
    // Act
    const submission = submissionOf(transcribeCall());

    // Assess
    expect(submission.narrative).toContain('dicabuli sama tetangga kami.');
    expect(submission.narrative).not.toContain('dalam bahaya');
    expect(submission.narrative).not.toContain('Call center');
    expect(submission.service).toBe('pengaduan_kekerasan');
    expect(submission.reporter).toEqual({ anonymous: false, phone: '+6281377004821' });
    expect(submission.consent.contactBack).toBe(false);
  });

  it.each([
    ['Transcribe Call Analytics output', callAnalyticsCall, CALL_WORDS.callAnalytics],
    ['Contact Lens output', contactLensCall, CALL_WORDS.contactLens],
    ['Transcribe output with channel identification', channelsCall, CALL_WORDS.channels],
  ])("narrates the caller's words without the agent's when %s arrives", (_, fixture, words) => {
    // Act
    const submission = submissionOf(fixture());

    // Assess
    expect(submission.narrative).toContain(words.caller);
    expect(submission.narrative).not.toContain(words.agent);
    expect(submission.narrative).not.toMatch(/^Pembicara/m);
    expect(submission.speakerRoles).toBeUndefined();
  });

  it("keeps both speakers' words and marks the roles unknown when the call names no Transcribe speaker", () => {
    // Prepare
    const body = transcribeCall();
    delete body.call.agentSpeakerLabel;

    // Act
    const submission = submissionOf(body);

    // Assess
    expect(submission.speakerRoles).toBe('unknown');
    const lines = submission.narrative.split('\n');
    expect(lines[0]).toBe('Pembicara 1: Call center UPTD PPA Mesuji, selamat siang. Ada yang bisa kami bantu?');
    expect(lines[1]).toMatch(/^Pembicara 2: Siang, Bu\. Saya mau melapor/);
    expect(lines).toHaveLength(7);
  });

  it('marks the roles unknown when a channel-identified call does not name the agent channel', () => {
    // Prepare
    const body = channelsCall();
    delete body.call.agentChannel;

    // Act
    const submission = submissionOf(body);

    // Assess
    expect(submission.speakerRoles).toBe('unknown');
    expect(submission.narrative).toContain(CALL_WORDS.channels.caller);
    expect(submission.narrative).toContain(CALL_WORDS.channels.agent);
  });

  it('carries the agent urgency and records danger now when the agent rated the call DARURAT', () => {
    // Prepare
    const body = genericCall();
    body.notes.urgency = 'DARURAT';

    // Act
    const submission = submissionOf(body);

    // Assess
    expect(submission.urgency).toBe('DARURAT');
    expect(submission.immediateDanger).toBe('ya');
  });

  it('keeps no number when the agent noted that the caller wants to stay anonymous', () => {
    // Prepare
    const body = genericCall();
    body.notes.anonymous = true;

    // Act
    const submission = submissionOf(body);

    // Assess
    expect(submission.reporter).toEqual({ anonymous: true });
    expect(submission.consent.contactBack).toBe(false);
  });

  it.each([['anonymous'], ['0264 201234'], ['+60 12-345 6789'], ['']])(
    'files an anonymous report when the network gave %j as the number',
    (callerNumber) => {
      // Prepare
      const body = genericCall();
      body.call.callerNumber = callerNumber;

      // Act
      const submission = submissionOf(body);

      // Assess
      expect(submission.reporter).toEqual({ anonymous: true });
    },
  );

  it('answers in English when the call was in English', () => {
    // Prepare
    const body = genericCall();
    body.call.language = 'en-US';

    // Act
    const submission = submissionOf(body);

    // Assess
    expect(submission.language).toBe('en');
  });

  it.each([
    ['the transcript is empty', []],
    ['only the agent speaks', [{ speaker: 'agent', startSec: 0, text: 'Call center UPTD PPA, ada yang bisa kami bantu?' }]],
    ['the caller only breathes', [{ speaker: 'caller', startSec: 2, text: '   ' }]],
  ])('refuses with NO_CALLER_SPEECH when %s', (_, segments) => {
    // Prepare
    const body = { ...genericCall(), segments };

    // Act
    const act = () => submissionOf(body);

    // Assess
    expect(act).toThrow(NoCallerSpeechError);
  });

  it('never builds a submission the contract rejects, whatever the caller said', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ speaker: fc.constantFrom('agent', 'caller'), text: fc.string({ maxLength: 300 }), startSec: fc.nat() }),
          { maxLength: 20 },
        ),
        (segments) => {
          // Act
          let mapped: unknown;
          try {
            mapped = toReportSubmission(parseOrThrow(CallTranscript, { ...genericCall(), segments }));
          } catch (error) {
            // Assess
            expect(error).toBeInstanceOf(NoCallerSpeechError);
            return;
          }
          // Assess
          expect(ReportSubmission.safeParse(mapped).success).toBe(true);
        },
      ),
    );
  });
});

describe('ReportSubmission speakerRoles', () => {
  it('refuses roles marked unknown on a report that did not come from a call', () => {
    // Prepare
    const body = transcribeCall();
    delete body.call.agentSpeakerLabel;
    const fromCall = toReportSubmission(parseOrThrow(CallTranscript, body));

    // Act
    const result = ReportSubmission.safeParse({ ...fromCall, channel: 'web' });

    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['speakerRoles']);
  });
});

describe('CallTranscript', () => {
  it.each([
    ['both segments and transcribe', { ...genericCall(), transcribe: transcribeCall().transcribe }],
    ['neither segments nor transcribe', { call: genericCall().call }],
  ])('names the segments field when a body has %s', (_, body) => {
    // Act
    const act = () => parseOrThrow(CallTranscript, body);

    // Assess
    expect(act).toThrow(expect.objectContaining({ details: [expect.objectContaining({ field: 'segments' })] }));
  });

  it('drops a tenant the body names, because only the API key decides the tenant', () => {
    // Act
    const parsed = parseOrThrow(CallTranscript, { ...genericCall(), tenant: 'mesuji', call: { ...genericCall().call, tenant: 'mesuji' } });

    // Assess
    expect(JSON.stringify(parsed)).not.toContain('mesuji');
  });

  it('names each wrong field when the call record is incomplete', () => {
    // Prepare
    const body = genericCall();
    delete body.call.callId;
    body.segments[0].speaker = 'operator';
    body.notes.urgency = 'SEGERA';

    // Act
    const act = () => parseOrThrow(CallTranscript, body);

    // Assess
    expect(act).toThrow(InvalidInputError);
    expect(act).toThrow(
      expect.objectContaining({
        details: expect.arrayContaining([
          expect.objectContaining({ field: 'call.callId' }),
          expect.objectContaining({ field: 'segments.0.speaker' }),
          expect.objectContaining({ field: 'notes.urgency' }),
        ]),
      }),
    );
  });
});
