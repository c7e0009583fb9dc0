/**
 * The state of one reporter's WhatsApp conversation, as a zod schema: a stored draft is read back through
 * it (see stored-draft.ts), never cast. All of it is personal data: it is only ever stored sealed (purpose
 * `draft`, bound to the conversation id) and lives 24 hours after the last message.
 */
import * as z from 'zod';
import { AgeGroup, DangerAnswer, Gender, Language, Relation, Service } from '../../domain/vocabulary.js';
import { MEDIA_KINDS } from './webhook-payload.js';

/** The questions in the order they are asked: a step is followed by the next one that applies (steps.ts). */
export const QUESTIONS = [
  'menu',
  'narrative',
  'kecamatan',
  'place',
  'when',
  'victim_age',
  'victim_gender',
  'relation',
  'danger',
  'identity',
  'name',
  'consent',
  'confirm',
] as const;
/** The questions, then the detours: a status check, the danger check, and `done` after a submission. */
export const STEPS = [...QUESTIONS, 'status', 'danger_check', 'done'] as const;
export const Step = z.enum(STEPS);
export type Step = z.infer<typeof Step>;

const StoredMediaNote = z.object({
  objectId: z.string().max(200),
  contentType: z.string().max(200),
  size: z.number().int().nonnegative(),
  sha256: z.string().max(128),
  kind: z.enum(MEDIA_KINDS),
  /** For audio: false for an audio file (forwarded, attached) rather than a voice note. */
  voice: z.boolean().optional(),
  /** Only for files sent after the case exists (earlier captions join the narrative). */
  caption: z.string().max(8192).optional(),
});
export type StoredMediaNote = z.infer<typeof StoredMediaNote>;

const Occurred = z.object({ date: z.string().max(10).optional(), description: z.string().max(400).optional() });
const Victim = z.object({ ageGroup: AgeGroup.optional(), gender: Gender.optional(), relation: Relation.optional() });

/** What the case already holds, when it was filed before the last question (the danger path). */
const FiledAnswers = z.object({
  narrative: z.number().int().nonnegative(),
  placeDetail: z.number().int().nonnegative(),
  kecamatan: z.string().max(100).nullable().optional(),
  occurred: Occurred.optional(),
  victim: Victim,
});
export type FiledAnswers = z.infer<typeof FiledAnswers>;

export const Conversation = z.object({
  conversationId: z.string().min(1).max(64),
  /**
   * The reporter's phone number (wa_id: international, digits only) when WhatsApp gave one: what a case may
   * hold to call back. Replies go to whoever sent the message they answer (number or BSUID).
   */
  waId: z.string().max(40).optional(),
  lang: Language,
  step: Step,
  /** Where a detour (status check, danger check) returns to. */
  returnTo: Step.optional(),
  service: Service.optional(),
  narrative: z.array(z.string()).max(200),
  /** Which part of the narrative each message gave (digest of the message -> index), for edits. */
  sources: z.record(z.string().max(64), z.number().int().nonnegative()).optional(),
  media: z.array(StoredMediaNote).max(200),
  /** `null` when the reporter does not know it. */
  kecamatan: z.string().max(100).nullable().optional(),
  kecamatanPage: z.number().int().nonnegative(),
  placeDetail: z.array(z.string()).max(50),
  occurred: Occurred.optional(),
  victim: Victim,
  danger: DangerAnswer.optional(),
  /** The reporter said no one is in danger now when asked because of their words: not asked again for words. */
  dangerDeclined: z.boolean().optional(),
  anonymous: z.boolean().optional(),
  name: z.string().max(200).optional(),
  consent: z.boolean().optional(),
  statusReference: z.string().max(40).optional(),
  /** Set once a case exists for this conversation (early, on danger, or on confirmation). */
  caseRef: z.object({ caseId: z.string().max(64), reference: z.string().max(40) }).optional(),
  /** Set with `caseRef` when the case was filed before the last question: later answers become an addendum. */
  filed: FiledAnswers.optional(),
  /** How many of `media` are already attached to the case (the rest go with the next addendum). */
  attachedMedia: z.number().int().nonnegative(),
});
export type Conversation = z.infer<typeof Conversation>;

export function startConversation(conversationId: string, waId: string | undefined, lang: Language): Conversation {
  return {
    conversationId,
    ...(waId ? { waId } : {}),
    lang,
    step: 'menu',
    narrative: [],
    media: [],
    kecamatanPage: 0,
    placeDetail: [],
    victim: {},
    attachedMedia: 0,
  };
}

/** What a case filed now would hold of this conversation's answers. */
export function filedAnswers(c: Conversation): FiledAnswers {
  return {
    narrative: c.narrative.length,
    placeDetail: c.placeDetail.length,
    kecamatan: c.kecamatan,
    occurred: c.occurred,
    victim: { ...c.victim },
  };
}

const MAX_NARRATIVE_CHARS = 19_000;
const MAX_PLACE_CHARS = 450;

/**
 * Adds a part of the story; parts are joined with a blank line (2 characters) into the submission's
 * narrative. `source`: the digest of the message it came from, so an edit of that message can replace it.
 */
export function addNarrative(c: Conversation, text: string, source?: string): void {
  const used = c.narrative.reduce((sum, part) => sum + part.length + 2, 0);
  const room = MAX_NARRATIVE_CHARS - used;
  if (room <= 0 || text.trim() === '') return;
  c.narrative.push(text.trim().slice(0, room));
  if (source) c.sources = { ...c.sources, [source]: c.narrative.length - 1 };
}

export function addPlace(c: Conversation, text: string): void {
  const used = c.placeDetail.reduce((sum, part) => sum + part.length + 2, 0);
  const room = MAX_PLACE_CHARS - used;
  if (room > 0 && text.trim() !== '') c.placeDetail.push(text.trim().slice(0, room));
}

/** Keeps a stored file; a retried download stores the same object again, so there is one note per object. */
export function addMedia(
  c: Conversation,
  input: { readonly note: StoredMediaNote; readonly caption?: string; readonly source?: string },
): void {
  if (c.media.some((m) => m.objectId === input.note.objectId)) return;
  // Before the case exists a caption is part of the story; after, it must not change the submission
  // (a retry would no longer match it), so it travels with its file into the addendum instead.
  if (input.caption && !c.caseRef) addNarrative(c, input.caption, input.source);
  c.media.push(input.caption && c.caseRef ? { ...input.note, caption: input.caption } : input.note);
}
