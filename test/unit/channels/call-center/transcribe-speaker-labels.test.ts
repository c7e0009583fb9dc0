import { describe, expect, it } from 'vitest';
import { TranscribeSpeakerOutput, turnsFromSpeakerLabels } from '#shared/channels/call-center/transcribe-speaker-labels.js';
import { transcribeCall } from '../../../fixtures/call-center/call-fixtures.js';
import { spokenBySpeakers } from '../../../fixtures/call-center/transcribe-items.js';

const parse = (raw: unknown) => TranscribeSpeakerOutput.parse(raw);
const mesujiOutput = () => transcribeCall().transcribe;

describe('turnsFromSpeakerLabels', () => {
  it('makes one turn per speaker with punctuation attached when the call names the agent', () => {
    // Act
    const turns = turnsFromSpeakerLabels(parse(mesujiOutput()), { agent: 'spk_0' });

    // Assess
    expect(turns.map((t) => t.role)).toEqual(['agent', 'caller', 'agent', 'caller', 'agent', 'caller', 'agent']);
    expect(turns[0]).toEqual({
      speaker: 'spk_0',
      role: 'agent',
      text: 'Call center UPTD PPA Mesuji, selamat siang. Ada yang bisa kami bantu?',
      startSec: 0.64,
    });
    expect(turns[1]?.text).toBe(
      'Siang, Bu. Saya mau melapor, Bu. Keponakan saya, perempuan, umurnya 13 tahun, dicabuli sama tetangga kami.',
    );
  });

  it('reads speakers from speaker_labels.segments when the items carry no speaker_label (older output)', () => {
    // Prepare
    const raw = mesujiOutput();
    for (const item of raw.results.items) delete item.speaker_label;

    // Act
    const turns = turnsFromSpeakerLabels(parse(raw), { agent: 'spk_0' });

    // Assess
    expect(turns).toEqual(turnsFromSpeakerLabels(parse(mesujiOutput()), { agent: 'spk_0' }));
  });

  it('leaves every role unknown when the call names neither side, even though the agent spoke first', () => {
    // Act
    const turns = turnsFromSpeakerLabels(parse(mesujiOutput()), {});

    // Assess
    expect(new Set(turns.map((t) => t.role))).toEqual(new Set([undefined]));
    expect(turns.map((t) => t.speaker).slice(0, 3)).toEqual(['spk_0', 'spk_1', 'spk_0']);
  });

  it('treats only the named speaker as the caller when callerSpeakerLabel is given', () => {
    // Prepare
    const output = parse(
      spokenBySpeakers(['spk_0', 'Halo, ini call center?'], ['spk_1', 'Iya, Bu.'], ['spk_2', 'Saya juga mau bicara.']),
    );

    // Act
    const turns = turnsFromSpeakerLabels(output, { caller: 'spk_0' });

    // Assess
    expect(turns.map((t) => t.role)).toEqual(['caller', 'agent', 'agent']);
  });

  it('treats everyone but the agent as the caller when agentSpeakerLabel is given', () => {
    // Prepare: the caller speaks first, then hands the phone to the child.
    const output = parse(
      spokenBySpeakers(
        ['spk_0', 'Halo? Halo, Bu?'],
        ['spk_1', 'Iya, call center UPTD PPA, ada yang bisa kami bantu?'],
        ['spk_2', 'Bu, ayah saya mukul saya terus.'],
      ),
    );

    // Act
    const turns = turnsFromSpeakerLabels(output, { agent: 'spk_1' });

    // Assess
    expect(turns.map((t) => t.role)).toEqual(['caller', 'agent', 'caller']);
    expect(turns[2]?.text).toBe('Bu, ayah saya mukul saya terus.');
  });

  it('leaves every role unknown when the named speaker never speaks in the file', () => {
    // Prepare
    const output = parse(spokenBySpeakers(['spk_0', 'Anak saya dipukul.'], ['spk_1', 'Baik, Bu.']));

    // Act
    const turns = turnsFromSpeakerLabels(output, { agent: 'spk_7' });

    // Assess
    expect(turns.map((t) => t.role)).toEqual([undefined, undefined]);
  });

  it('gives an unlabelled word to the turn it sits in when Transcribe left it without a speaker', () => {
    // Prepare
    const raw = spokenBySpeakers(['spk_0', 'Ada yang bisa dibantu?'], ['spk_1', 'Anak saya dipukul.']);
    delete raw.results.items.at(-2)?.speaker_label;

    // Act
    const turns = turnsFromSpeakerLabels(parse(raw), { agent: 'spk_0' });

    // Assess
    expect(turns).toEqual([
      { speaker: 'spk_0', role: 'agent', text: 'Ada yang bisa dibantu?', startSec: 0 },
      { speaker: 'spk_1', role: 'caller', text: 'Anak saya dipukul.', startSec: 1.6 },
    ]);
  });

  it('keeps every word as one unlabelled turn when the job ran without speaker labels', () => {
    // Prepare
    const raw = mesujiOutput();
    delete raw.results.speaker_labels;
    for (const item of raw.results.items) delete item.speaker_label;

    // Act
    const turns = turnsFromSpeakerLabels(parse(raw), { agent: 'spk_0' });

    // Assess
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatchObject({ speaker: '', role: undefined, startSec: 0.64 });
    expect(turns[0]?.text).toMatch(/^Call center UPTD PPA Mesuji, .* dicabuli sama tetangga kami\. .* nomor laporannya ya\.$/);
  });

  it('returns no turns when Transcribe heard no words', () => {
    // Act
    const turns = turnsFromSpeakerLabels(parse({ results: { items: [] } }), {});

    // Assess
    expect(turns).toEqual([]);
  });
});
