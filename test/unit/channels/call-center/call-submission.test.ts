import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toReportSubmission } from '#shared/channels/call-center/call-submission.js';
import { CallTranscript } from '#shared/channels/call-center/call-transcript.js';
import { InvalidInputError, NoCallerSpeechError } from '#shared/errors.js';
import { NARRATIVE_MAX_LENGTH, ReportSubmission } from '#shared/intake/report-submission.js';
import { parseOrThrow } from '#shared/validation.js';
import { genericCall, transcribeCall } from '../../../fixtures/call-center/call-fixtures.js';

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

  it("keeps the start of the caller's words when a long call exceeds the narrative limit", () => {
    // Prepare
    const body = genericCall();
    body.segments.push({ speaker: 'caller', startSec: 50, text: 'dan lagi '.repeat(5_000) });

    // Act
    const { narrative } = submissionOf(body);

    // Assess
    expect(narrative).toHaveLength(NARRATIVE_MAX_LENGTH);
    expect(narrative.startsWith('Punten, Bu.')).toBe(true);
    expect(narrative.endsWith('…')).toBe(true);
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
