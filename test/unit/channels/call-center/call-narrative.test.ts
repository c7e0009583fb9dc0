import { describe, expect, it } from 'vitest';
import { callNarrative } from '#shared/channels/call-center/call-narrative.js';
import type { SpokenTurn } from '#shared/channels/call-center/spoken-turn.js';
import { NoCallerSpeechError } from '#shared/errors.js';
import { NARRATIVE_MAX_LENGTH } from '#shared/intake/report-submission.js';

const turn = (speaker: string, role: SpokenTurn['role'], text: string, startSec: number): SpokenTurn => ({
  speaker,
  role,
  text,
  startSec,
});

describe('callNarrative', () => {
  it("keeps only the caller's words, in call order, when every role is known", () => {
    // Prepare
    const turns = [
      turn('spk_1', 'caller', 'Anak saya dipukul bapaknya.', 3),
      turn('spk_0', 'agent', 'Apakah anak itu sekarang dalam bahaya?', 6),
      turn('spk_0', 'agent', 'Call center, ada yang bisa dibantu?', 0),
      turn('spk_1', 'caller', 'Tidak, Bu, dia di rumah saya.', 9),
    ];

    // Act
    const result = callNarrative(turns);

    // Assess
    expect(result).toEqual({
      narrative: 'Anak saya dipukul bapaknya.\nTidak, Bu, dia di rumah saya.',
      rolesUnknown: false,
    });
  });

  it("keeps everyone's words labelled by speaker when nobody said who the agent is", () => {
    // Prepare: AWS's own example: the customer speaks first.
    const turns = [
      turn('spk_0', undefined, "I've been on hold for an hour.", 4.86),
      turn('spk_1', undefined, 'Sorry about that.', 8.5),
    ];

    // Act
    const result = callNarrative(turns);

    // Assess
    expect(result).toEqual({
      narrative: "Pembicara 1: I've been on hold for an hour.\nPembicara 2: Sorry about that.",
      rolesUnknown: true,
    });
  });

  it('numbers speakers by who spoke first, not by their labels', () => {
    // Act
    const { narrative } = callNarrative([
      turn('ch_1', undefined, 'Call center, selamat siang.', 0),
      turn('ch_0', undefined, 'Adik saya dilecehkan.', 2),
    ]);

    // Assess
    expect(narrative).toBe('Pembicara 1: Call center, selamat siang.\nPembicara 2: Adik saya dilecehkan.');
  });

  it('labels the known caller and leaves out the known agent when only a third speaker is unknown', () => {
    // Act
    const result = callNarrative([
      turn('AGENT', 'agent', 'Ada yang bisa dibantu?', 0),
      turn('CUSTOMER', 'caller', 'Kakak saya dipukul suaminya.', 2),
      turn('peserta-3', undefined, 'Iya, Bu, saya lihat sendiri.', 5),
    ]);

    // Assess
    expect(result).toEqual({
      narrative: 'Penelepon: Kakak saya dipukul suaminya.\nPembicara 3: Iya, Bu, saya lihat sendiri.',
      rolesUnknown: true,
    });
  });

  it('gives no label to a transcript that tells no speakers apart', () => {
    // Act
    const result = callNarrative([turn('', undefined, 'Call center, ada yang bisa dibantu? Anak saya dipukul.', 0)]);

    // Assess
    expect(result).toEqual({ narrative: 'Call center, ada yang bisa dibantu? Anak saya dipukul.', rolesUnknown: true });
  });

  it('joins consecutive turns of one speaker into one line', () => {
    // Act
    const { narrative } = callNarrative([
      turn('CUSTOMER', 'caller', 'Saya mau lapor.', 0),
      turn('CUSTOMER', 'caller', 'Suami saya memukul saya.', 2),
      turn('AGENT', 'agent', 'Baik, Bu.', 4),
      turn('CUSTOMER', 'caller', 'Semalam.', 5),
    ]);

    // Assess
    expect(narrative).toBe('Saya mau lapor. Suami saya memukul saya.\nSemalam.');
  });

  it("keeps the start of the words when a long call exceeds the narrative limit", () => {
    // Act
    const { narrative } = callNarrative([
      turn('spk_0', undefined, 'Tolong, Bu.', 0),
      turn('spk_1', undefined, 'dan lagi '.repeat(5_000), 1),
    ]);

    // Assess
    expect(narrative).toHaveLength(NARRATIVE_MAX_LENGTH);
    expect(narrative.startsWith('Pembicara 1: Tolong, Bu.\nPembicara 2: dan lagi')).toBe(true);
    expect(narrative.endsWith('…')).toBe(true);
  });

  it.each([
    ['nobody speaks', []],
    ['only the agent speaks', [turn('AGENT', 'agent', 'Halo? Halo?', 0)]],
    ['the only speaker is silent', [turn('spk_0', undefined, '   ', 0)]],
  ])('refuses with NO_CALLER_SPEECH when %s', (_, turns) => {
    // Act
    const act = () => callNarrative(turns);

    // Assess
    expect(act).toThrow(NoCallerSpeechError);
  });
});
