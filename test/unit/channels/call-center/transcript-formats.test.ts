import { describe, expect, it } from 'vitest';
import { SUPPORTED_TRANSCRIPT_FORMATS, turnsFromTranscriptFile } from '#shared/channels/call-center/transcript-formats.js';
import { InvalidInputError, UnsupportedTranscriptFormatError } from '#shared/errors.js';
import {
  callAnalyticsCall,
  channelsCall,
  contactLensCall,
  transcribeCall,
} from '../../../fixtures/call-center/call-fixtures.js';

const hintsOf = (body: Record<string, any>) => body.call;

/** Every supported format's name, in order, anywhere in a message. */
const allFormats = new RegExp(SUPPORTED_TRANSCRIPT_FORMATS.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*'));

describe('turnsFromTranscriptFile', () => {
  it.each([
    ['Transcribe Call Analytics output', callAnalyticsCall, 'CUSTOMER'],
    ['Contact Lens output', contactLensCall, 'CUSTOMER'],
    ['Transcribe output with channel identification', channelsCall, 'ch_0'],
    ['Transcribe output with speaker labels', transcribeCall, 'spk_1'],
  ])('reads %s with the caller told apart', (_, fixture, callerSpeaker) => {
    // Prepare
    const body = fixture();

    // Act
    const turns = turnsFromTranscriptFile(body.transcribe, hintsOf(body));

    // Assess
    const callers = new Set(turns.filter((t) => t.role === 'caller').map((t) => t.speaker));
    expect(callers).toEqual(new Set([callerSpeaker]));
    expect(turns.every((t) => t.role !== undefined)).toBe(true);
  });

  it.each([
    ['a plain string', 'Halo, saya mau lapor.'],
    ['null', null],
    ['an array of turns', [{ speaker: 'caller', text: 'Halo' }]],
    ['Transcribe streaming events', { TranscriptEvent: { Transcript: { Results: [] } } }],
    ['a job that has not finished', { jobName: 'pwk-1', status: 'IN_PROGRESS' }],
    ['results without items', { results: { transcripts: [{ transcript: 'Halo' }] } }],
  ])('refuses %s naming every supported format', (_, file) => {
    // Act
    const act = () => turnsFromTranscriptFile(file, {});

    // Assess
    expect(act).toThrow(UnsupportedTranscriptFormatError);
    expect(act).toThrow(
      expect.objectContaining({
        status: 400,
        code: 'UNSUPPORTED_TRANSCRIPT_FORMAT',
        bilingual: { id: expect.stringMatching(allFormats), en: expect.stringMatching(allFormats) },
        details: [expect.objectContaining({ field: 'transcribe' })],
      }),
    );
    expect(act).toThrow(/segments/);
  });

  it('names the four Amazon formats it reads', () => {
    // Assess
    expect(SUPPORTED_TRANSCRIPT_FORMATS.join('\n')).toMatch(
      /Call Analytics[\s\S]*Contact Lens[\s\S]*channel identification[\s\S]*speaker labels/,
    );
  });

  it('names the wrong field from the body root when a file of a known format is broken', () => {
    // Prepare
    const body = contactLensCall();
    body.transcribe.Transcript[2].BeginOffsetMillis = 'kemarin';

    // Act
    const act = () => turnsFromTranscriptFile(body.transcribe, {});

    // Assess
    expect(act).toThrow(InvalidInputError);
    expect(act).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ field: 'transcribe.Transcript.2.BeginOffsetMillis' })] }),
    );
  });
});
