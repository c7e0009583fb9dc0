/**
 * What a case's history records, entry by entry: what staff did and what the reporter added later. Entries
 * are appended, never edited. A new kind of work on a case is a new kind of entry here.
 */
import * as z from 'zod';
import type { StaffRole } from '../auth/staff-principal.js';
import type { ClosingReason } from '../domain/case-path.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { Consent, ReferralEntry } from './referrals.js';
import type { ServiceGiven } from './services-given.js';

/** Whom a case is assigned to: a staff member's id (work email) and name, as a supervisor gave them. */
export interface Assignee {
  readonly id: string;
  readonly name: string;
}

/** A staff member as a case remembers them (staff data, not the reporter's: stored in plaintext). */
export interface StaffRef extends Assignee {
  readonly role: StaffRole;
}

/** The actions of a UPTD PPA's handling (Permen PPPA 2/2022) a note can be filed under. */
export const NOTE_ACTIONS = [
  'asesmen',
  'penjangkauan',
  'penampungan_sementara',
  'mediasi',
  'pendampingan',
  'rujukan',
  'lainnya',
] as const;
export const NoteAction = z.enum(NOTE_ACTIONS);
export type NoteAction = z.infer<typeof NoteAction>;

export const NOTE_ACTION_LABELS: Readonly<Record<NoteAction, { id: string; en: string }>> = {
  asesmen: { id: 'Asesmen', en: 'Assessment' },
  penjangkauan: { id: 'Penjangkauan korban', en: 'Outreach to the victim' },
  penampungan_sementara: { id: 'Penampungan sementara', en: 'Temporary shelter' },
  mediasi: { id: 'Mediasi', en: 'Mediation' },
  pendampingan: { id: 'Pendampingan korban', en: 'Accompaniment' },
  rujukan: { id: 'Rujukan', en: 'Referral' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

interface EntryBase {
  readonly at: string;
  readonly by: StaffRef;
}

export type TimelineEntry =
  | (EntryBase & {
      readonly kind: 'status';
      readonly from: CaseStatus;
      readonly to: CaseStatus;
      readonly closingReason?: ClosingReason;
    })
  /** `assignee` absent: the case was released. */
  | (EntryBase & { readonly kind: 'assignment'; readonly assignee?: Assignee })
  /** The note's text is sealed (purpose `note`): it may name the victim. */
  | (EntryBase & { readonly kind: 'note'; readonly action?: NoteAction; readonly note: SealedEnvelope })
  /**
   * What the reporter added after the case was filed (WhatsApp, after an emergency report: files and their
   * captions, whether they may be contacted), sealed as `details`. No staff member: the reporter wrote it.
   */
  | { readonly kind: 'addendum'; readonly at: string; readonly details: SealedEnvelope }
  /** A service given on `date` (the regency's day); who, where and the note are sealed (purpose `note`). */
  | (EntryBase & { readonly kind: 'service'; readonly service: ServiceGiven; readonly date: string; readonly details: SealedEnvelope })
  | (EntryBase & ReferralEntry)
  /** The victim (or guardian) declined a police referral: ends a sexual-violence case's TPKS clock. */
  | (EntryBase & { readonly kind: 'policeReferralDeclined'; readonly reasonKind: 'korban_menolak'; readonly consent: Consent })
  /** The next step (sealed, purpose `note`) and its day. */
  | (EntryBase & { readonly kind: 'plan'; readonly dueDate: string; readonly nextStep: SealedEnvelope });
