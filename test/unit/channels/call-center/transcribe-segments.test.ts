import { describe, expect, it } from 'vitest';
import { TranscribeOutput } from '#shared/channels/call-center/call-transcript.js';
import { segmentsFromTranscribe } from '#shared/channels/call-center/transcribe-segments.js';
import { InvalidInputError } from '#shared/errors.js';
import { transcribeCall } from '../../../fixtures/call-center/call-fixtures.js';

const parse = (raw: unknown) => TranscribeOutput.parse(raw);

/** A small Transcribe output: one pronunciation item per word, punctuation split off as Transcribe does. */
function spoken(...turns: [label: string, text: string][]) {
  const items: Record<string, unknown>[] = [];
  let t = 0;
  for (const [label, text] of turns) {
    for (const token of text.split(' ')) {
      const [, word, mark] = /^(.*?)([.,?]?)$/.exec(token) ?? [];
      items.push({
        start_time: t.toFixed(2),
        end_time: (t + 0.3).toFixed(2),
        speaker_label: label,
        alternatives: [{ confidence: '0.98', content: word }],
        type: 'pronunciation',
      });
      if (mark) items.push({ alternatives: [{ confidence: '0.0', content: mark }], type: 'punctuation' });
      t += 0.4;
    }
  }
  return { results: { transcripts: [{ transcript: '' }], items } };
}

describe('segmentsFromTranscribe', () => {
  it('makes one segment per speaker turn with punctuation attached when given a Transcribe output', () => {
    // Prepare
    const output = parse(transcribeCall().transcribe);

    // Act
    const segments = segmentsFromTranscribe(output, {});

    // Assess
    expect(segments.map((s) => s.speaker)).toEqual(['agent', 'caller', 'agent', 'caller', 'agent', 'caller', 'agent']);
    expect(segments[0]).toEqual({
      speaker: 'agent',
      text: 'Call center UPTD PPA Mesuji, selamat siang. Ada yang bisa kami bantu?',
      startSec: 0.64,
    });
    expect(segments[1]?.text).toBe(
      'Siang, Bu. Saya mau melapor, Bu. Keponakan saya, perempuan, umurnya 13 tahun, dicabuli sama tetangga kami.',
    );
  });

  it('reads speakers from speaker_labels.segments when the items carry no speaker_label (older output)', () => {
    // Prepare
    const raw = transcribeCall().transcribe;
    for (const item of raw.results.items) delete item.speaker_label;

    // Act
    const segments = segmentsFromTranscribe(parse(raw), {});

    // Assess
    expect(segments).toEqual(segmentsFromTranscribe(parse(transcribeCall().transcribe), {}));
  });

  it('treats only the named speaker as the caller when callerSpeakerLabel is given', () => {
    // Prepare
    const output = parse(spoken(['spk_0', 'Halo, ini call center?'], ['spk_1', 'Iya, Bu.'], ['spk_2', 'Saya juga mau bicara.']));

    // Act
    const segments = segmentsFromTranscribe(output, { callerSpeakerLabel: 'spk_0' });

    // Assess
    expect(segments.map((s) => s.speaker)).toEqual(['caller', 'agent', 'agent']);
  });

  it('treats everyone but the agent as the caller when agentSpeakerLabel is given', () => {
    // Prepare: the caller speaks first, then hands the phone to the child.
    const output = parse(
      spoken(
        ['spk_0', 'Halo? Halo, Bu?'],
        ['spk_1', 'Iya, call center UPTD PPA, ada yang bisa kami bantu?'],
        ['spk_2', 'Bu, ayah saya mukul saya terus.'],
      ),
    );

    // Act
    const segments = segmentsFromTranscribe(output, { agentSpeakerLabel: 'spk_1' });

    // Assess
    expect(segments.map((s) => s.speaker)).toEqual(['caller', 'agent', 'caller']);
    expect(segments[2]?.text).toBe('Bu, ayah saya mukul saya terus.');
  });

  it('gives an unlabelled word to the turn it sits in when Transcribe left it without a speaker', () => {
    // Prepare
    const raw = spoken(['spk_0', 'Ada yang bisa dibantu?'], ['spk_1', 'Anak saya dipukul.']);
    delete raw.results.items.at(-2)?.speaker_label;

    // Act
    const segments = segmentsFromTranscribe(parse(raw), {});

    // Assess
    expect(segments).toEqual([
      { speaker: 'agent', text: 'Ada yang bisa dibantu?', startSec: 0 },
      { speaker: 'caller', text: 'Anak saya dipukul.', startSec: 1.6 },
    ]);
  });

  it('returns no segments when Transcribe heard no words', () => {
    // Act
    const segments = segmentsFromTranscribe(parse({ results: { items: [] } }), {});

    // Assess
    expect(segments).toEqual([]);
  });

  it('refuses with a field issue naming speaker_labels when the job ran without speaker labels', () => {
    // Prepare
    const raw = transcribeCall().transcribe;
    delete raw.results.speaker_labels;
    for (const item of raw.results.items) delete item.speaker_label;

    // Act
    const act = () => segmentsFromTranscribe(parse(raw), {});

    // Assess
    expect(act).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ field: 'transcribe.results.speaker_labels' })] }),
    );
    expect(act).toThrow(InvalidInputError);
  });
});
