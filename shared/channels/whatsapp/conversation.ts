/**
 * The state of one reporter's WhatsApp conversation. All of it is personal data: it is only ever stored
 * sealed (purpose `draft`, bound to the conversation id) and lives 24 hours after the last message.
 */
import type {
  AgeGroup,
  DangerAnswer,
  Gender,
  Language,
  Relation,
  Service,
} from '../../domain/vocabulary.js';
import type { MediaReference } from '../../media/media-store.js';
import type { MediaKind } from './webhook-payload.js';

/** The questions, in the order they are asked; `status` is a detour, `done` follows a submission. */
export const STEPS = [
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
  'status',
  'done',
] as const;
export type Step = (typeof STEPS)[number];

export interface StoredMediaNote extends MediaReference {
  readonly kind: MediaKind;
  /** Only for files sent after the case exists (earlier captions join the narrative). */
  readonly caption?: string;
}

export interface Conversation {
  conversationId: string;
  /** The sender's WhatsApp id (international number, digits only): where replies go. */
  waId: string;
  lang: Language;
  step: Step;
  /** Where a status check returns to. */
  returnTo?: Step;
  service?: Service;
  narrative: string[];
  media: StoredMediaNote[];
  /** `null` when the reporter does not know it. */
  kecamatan?: string | null;
  kecamatanPage: number;
  placeDetail: string[];
  occurred?: { date?: string; description?: string };
  victim: { ageGroup?: AgeGroup; gender?: Gender; relation?: Relation };
  danger?: DangerAnswer;
  anonymous?: boolean;
  name?: string;
  consent?: boolean;
  statusReference?: string;
  /** Set once a case exists for this conversation (early, on danger, or on confirmation). */
  caseRef?: { caseId: string; reference: string };
  /** How many of `media` are already attached to the case (the rest go with the next addendum). */
  attachedMedia: number;
}

export function startConversation(conversationId: string, waId: string, lang: Language): Conversation {
  return {
    conversationId,
    waId,
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
