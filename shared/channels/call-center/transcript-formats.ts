/**
 * The transcript files a call system may post in `transcribe`, as Amazon's services write them, told apart
 * by shape: a `Transcript[]` list (Call Analytics, Contact Lens), `results.channel_labels` (channel
 * identification) or `results.items` (speaker labels, or none). The first shape that fits decides, and
 * only then is the file read in full, so a file of a known format with a wrong field gets the field named,
 * and a file of no known format gets the list of those that are.
 */
import * as z from 'zod';
import { UnsupportedTranscriptFormatError } from '../../errors.js';
import { parseOrThrow } from '../../validation.js';
import { ParticipantTranscript, turnsFromParticipants } from './participant-transcript.js';
import type { SpokenTurn } from './spoken-turn.js';
import { TranscribeChannelOutput, turnsFromChannels } from './transcribe-channels.js';
import { TranscribeSpeakerOutput, turnsFromSpeakerLabels } from './transcribe-speaker-labels.js';

/** What the call system says about who is who, for files that do not say it themselves. */
export interface CallRoleHints {
  readonly callerSpeakerLabel?: string | undefined;
  readonly agentSpeakerLabel?: string | undefined;
  readonly agentChannel?: string | undefined;
}

interface TranscriptFormat {
  /** The formats' names, as the refusal of an unknown file lists them. */
  readonly names: readonly string[];
  /** Just enough of the shape to tell this format apart. */
  readonly shape: z.ZodType;
  read(file: unknown, hints: CallRoleHints): SpokenTurn[];
}

const FORMATS: readonly TranscriptFormat[] = [
  {
    names: ['Amazon Transcribe Call Analytics post-call output', 'Amazon Connect Contact Lens post-call output'],
    shape: z.object({ Transcript: z.array(z.unknown()) }),
    read: (file) => turnsFromParticipants(readFile(ParticipantTranscript, file)),
  },
  {
    names: ['Amazon Transcribe output with channel identification (call.agentChannel names the agent)'],
    shape: z.object({ results: z.object({ channel_labels: z.object({}) }) }),
    read: (file, hints) => turnsFromChannels(readFile(TranscribeChannelOutput, file), { agent: hints.agentChannel }),
  },
  {
    names: ['Amazon Transcribe output with speaker labels (call.agentSpeakerLabel or call.callerSpeakerLabel names who is who)'],
    shape: z.object({ results: z.object({ items: z.array(z.unknown()) }) }),
    read: (file, hints) =>
      turnsFromSpeakerLabels(readFile(TranscribeSpeakerOutput, file), {
        caller: hints.callerSpeakerLabel,
        agent: hints.agentSpeakerLabel,
      }),
  },
];

/** Every format `transcribe` accepts, by name. */
export const SUPPORTED_TRANSCRIPT_FORMATS: readonly string[] = FORMATS.flatMap((format) => format.names);

/** The turns of a posted transcript file; refuses a file of no supported format with the list of those that are. */
export function turnsFromTranscriptFile(file: unknown, hints: CallRoleHints): SpokenTurn[] {
  const format = FORMATS.find(({ shape }) => shape.safeParse(file).success);
  if (!format) throw new UnsupportedTranscriptFormatError(SUPPORTED_TRANSCRIPT_FORMATS);
  return format.read(file, hints);
}

/** Parses the file as its format; a wrong field is named from the body's root (`transcribe.results.items.3`). */
function readFile<T>(schema: z.ZodType<T>, file: unknown): T {
  return parseOrThrow(z.object({ transcribe: schema }), { transcribe: file }).transcribe;
}
