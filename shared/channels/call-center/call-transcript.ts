/**
 * What a call system posts to `POST /api/v1/call-center/transcripts`: the call's metadata, the agent's
 * structured notes, and the conversation in one of two shapes, told apart by which key is present:
 * `segments` (a generic record any call system can build) or `transcribe` (a transcript file as Amazon
 * Transcribe, Transcribe Call Analytics or Contact Lens wrote it, unchanged: see transcript-formats.ts).
 * The API key, never the body, decides the tenant: a `tenant` field is ignored.
 */
import * as z from 'zod';
import { AgeGroup, Category, Gender, Relation, Service, Urgency } from '../../domain/vocabulary.js';
import { clientChannelKey } from '../../intake/report-submission.js';
import { ReporterRole } from '../../intake/reporter-role.js';
import { ChannelLabel } from './transcribe-channels.js';
import { SpeakerLabel } from './transcribe-speaker-labels.js';

/** Transcripts are long: a 25-minute call's Transcribe output is about 1 MB (other routes take 64 KB). */
export const CALL_TRANSCRIPT_BODY_LIMIT = 1024 * 1024;

export const CallMetadata = z
  .object({
    /** The call system's own id (an Amazon Connect contact id, say): the report's idempotency key. */
    callId: clientChannelKey(),
    startedAt: z.iso.datetime({ offset: true }),
    durationSec: z.number().nonnegative().max(86_400),
    /** As the network gave it; only an Indonesian mobile number is kept (see call-submission.ts). */
    callerNumber: z.string().trim().max(40).optional(),
    agentId: z.string().trim().min(1).max(100),
    /** BCP 47 tag of the call (id-ID, su-ID, en-US): English calls are answered in English. */
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language tag such as id-ID')
      .default('id-ID'),
    /** Transcribe output with speaker labels: who is who (see transcribe-speaker-labels.ts). */
    callerSpeakerLabel: SpeakerLabel.optional(),
    agentSpeakerLabel: SpeakerLabel.optional(),
    /** Transcribe output with channel identification: the agent's channel (see transcribe-channels.ts). */
    agentChannel: ChannelLabel.optional(),
  })
  .refine((c) => c.callerSpeakerLabel === undefined || c.callerSpeakerLabel !== c.agentSpeakerLabel, {
    message: 'the caller and the agent cannot be the same speaker',
    path: ['callerSpeakerLabel'],
  });
export type CallMetadata = z.infer<typeof CallMetadata>;

/** What the agent filled in during the call; each given answer overrides what triage reads in the words. */
export const AgentNotes = z.object({
  service: Service.optional(),
  category: Category.optional(),
  urgency: Urgency.optional(),
  kecamatan: z.string().trim().max(80).optional(),
  victim: z
    .object({ ageGroup: AgeGroup.optional(), gender: Gender.optional(), relationToReporter: Relation.optional() })
    .optional(),
  /** The caller asked not to be identified: the number is not kept even when the network gave it. */
  anonymous: z.boolean().optional(),
  /** The caller said yes to being called back on this number. */
  contactBack: z.boolean().optional(),
  /** Who is calling (victim, family, witness, volunteer); without it, inferred from the victim's relation. */
  reporterRole: ReporterRole.exclude(['staff']).optional(),
});
export type AgentNotes = z.infer<typeof AgentNotes>;

export const CallSegment = z.object({
  speaker: z.enum(['agent', 'caller']),
  text: z.string(),
  startSec: z.number().nonnegative(),
});
export type CallSegment = z.infer<typeof CallSegment>;

export const CallTranscript = z
  .object({
    call: CallMetadata,
    notes: AgentNotes.default({}),
    segments: z.array(CallSegment).optional(),
    /** Read by its shape after this parse, so that a file of an unknown format is refused by name. */
    transcribe: z.unknown().optional(),
  })
  .refine((body) => (body.segments === undefined) !== (body.transcribe === undefined), {
    message: 'send the conversation once: either segments or transcribe (an Amazon transcript file)',
    path: ['segments'],
  });
export type CallTranscript = z.infer<typeof CallTranscript>;
