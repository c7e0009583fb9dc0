/**
 * Amazon Transcribe Call Analytics and Amazon Connect Contact Lens post-call output -> turns. Both write
 * `Transcript[]`, one entry per utterance, and the file itself says who spoke: Call Analytics by
 * `ParticipantRole` (AGENT / CUSTOMER), Contact Lens by `ParticipantId`, resolved through `Participants[]`
 * (where the id is, in practice, the role itself). The customer is the caller; the agent, a supervisor
 * who joined, and the contact center's own system or bot are the office's side. A participant whose role
 * the file does not give stays unknown.
 */
import * as z from 'zod';
import type { SpeakerRole, SpokenTurn } from './spoken-turn.js';

const Name = z.string().trim().min(1).max(200);

/** The parts of the output read here; sentiment, loudness, categories and the rest are ignored. */
export const ParticipantTranscript = z.object({
  Participants: z.array(z.object({ ParticipantId: Name.optional(), ParticipantRole: Name.optional() })).optional(),
  Transcript: z.array(
    z
      .object({
        Content: z.string(),
        BeginOffsetMillis: z.number().nonnegative(),
        ParticipantRole: Name.optional(),
        ParticipantId: Name.optional(),
      })
      .refine((turn) => turn.ParticipantRole !== undefined || turn.ParticipantId !== undefined, {
        message: 'each turn names its ParticipantRole (Call Analytics) or ParticipantId (Contact Lens)',
        path: ['ParticipantRole'],
      }),
  ),
});
export type ParticipantTranscript = z.infer<typeof ParticipantTranscript>;

const ROLES: ReadonlyMap<string, SpeakerRole> = new Map([
  ['CUSTOMER', 'caller'],
  ['AGENT', 'agent'],
  ['SUPERVISOR', 'agent'],
  ['SYSTEM', 'agent'],
  ['CUSTOM_BOT', 'agent'],
]);

/** The turns of a Call Analytics or Contact Lens file, each with the role the file gives its speaker. */
export function turnsFromParticipants(output: ParticipantTranscript): SpokenTurn[] {
  const roleById = new Map<string, string>();
  for (const { ParticipantId: id, ParticipantRole: role } of output.Participants ?? []) {
    if (id !== undefined && role !== undefined) roleById.set(id, role);
  }
  return output.Transcript.map((turn) => {
    const id = turn.ParticipantId ?? turn.ParticipantRole ?? '';
    const role = turn.ParticipantRole ?? roleById.get(id) ?? id;
    return {
      speaker: id,
      role: ROLES.get(role.toUpperCase()),
      text: turn.Content,
      startSec: turn.BeginOffsetMillis / 1000,
    };
  });
}
