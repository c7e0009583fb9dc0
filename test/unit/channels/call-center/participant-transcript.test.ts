import { describe, expect, it } from 'vitest';
import { ParticipantTranscript, turnsFromParticipants } from '#shared/channels/call-center/participant-transcript.js';
import { callAnalyticsCall, contactLensCall } from '../../../fixtures/call-center/call-fixtures.js';

const parse = (raw: unknown) => ParticipantTranscript.parse(raw);

describe('turnsFromParticipants', () => {
  it('takes each role from ParticipantRole when a Call Analytics file arrives', () => {
    // Act
    const turns = turnsFromParticipants(parse(callAnalyticsCall().transcribe));

    // Assess
    expect(turns.map((t) => t.role)).toEqual(['agent', 'caller', 'caller', 'agent', 'caller', 'agent', 'caller', 'agent']);
    expect(turns[1]).toEqual({
      speaker: 'CUSTOMER',
      role: 'caller',
      text: 'Pagi, Bu. Saya mau lapor, suami saya sering memukul saya.',
      startSec: expect.any(Number),
    });
  });

  it('resolves each ParticipantId through Participants when a Contact Lens file arrives, whoever speaks first', () => {
    // Act
    const turns = turnsFromParticipants(parse(contactLensCall().transcribe));

    // Assess
    expect(turns.map((t) => t.role)).toEqual(['caller', 'agent', 'caller', 'caller', 'agent', 'caller', 'agent']);
    expect(turns[0]?.startSec).toBe(0.2);
  });

  it('resolves a participant id that is not the role itself through Participants', () => {
    // Prepare
    const raw = {
      Participants: [
        { ParticipantId: 'p-8f1', ParticipantRole: 'CUSTOMER' },
        { ParticipantId: 'p-2c4', ParticipantRole: 'AGENT' },
      ],
      Transcript: [
        { ParticipantId: 'p-2c4', Content: 'UPTD PPA, ada yang bisa dibantu?', BeginOffsetMillis: 0 },
        { ParticipantId: 'p-8f1', Content: 'Anak saya dipukul.', BeginOffsetMillis: 2400 },
      ],
    };

    // Act
    const turns = turnsFromParticipants(parse(raw));

    // Assess
    expect(turns.map((t) => [t.speaker, t.role, t.startSec])).toEqual([
      ['p-2c4', 'agent', 0],
      ['p-8f1', 'caller', 2.4],
    ]);
  });

  it("counts a supervisor and the contact center's system as the office's side", () => {
    // Prepare
    const raw = {
      Transcript: [
        { ParticipantRole: 'SYSTEM', Content: 'Panggilan ini direkam.', BeginOffsetMillis: 0 },
        { ParticipantRole: 'SUPERVISOR', Content: 'Saya ikut mendengarkan, Bu.', BeginOffsetMillis: 900 },
        { ParticipantRole: 'customer', Content: 'Tolong anak saya.', BeginOffsetMillis: 2000 },
      ],
    };

    // Act
    const turns = turnsFromParticipants(parse(raw));

    // Assess
    expect(turns.map((t) => t.role)).toEqual(['agent', 'agent', 'caller']);
  });

  it('leaves the role unknown when the file gives a participant no role it names', () => {
    // Prepare
    const raw = {
      Participants: [{ ParticipantId: 'AGENT', ParticipantRole: 'AGENT' }],
      Transcript: [
        { ParticipantId: 'AGENT', Content: 'Ada yang bisa dibantu?', BeginOffsetMillis: 0 },
        { ParticipantId: 'peserta-3', Content: 'Kakak saya dipukul suaminya.', BeginOffsetMillis: 1500 },
      ],
    };

    // Act
    const turns = turnsFromParticipants(parse(raw));

    // Assess
    expect(turns.map((t) => t.role)).toEqual(['agent', undefined]);
  });

  it('refuses a turn that names neither ParticipantRole nor ParticipantId', () => {
    // Act
    const result = ParticipantTranscript.safeParse({ Transcript: [{ Content: 'Halo', BeginOffsetMillis: 0 }] });

    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['Transcript', 0, 'ParticipantRole']);
  });
});
