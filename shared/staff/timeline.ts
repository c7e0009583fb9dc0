/**
 * What a case's history records, entry by entry: what staff did and what the reporter added later. Entries
 * are appended, never edited. A new kind of work on a case is a new kind of entry here.
 */
import * as z from 'zod';
import type { StaffRole } from '../auth/staff-principal.js';
import type { ClosingReason } from '../domain/case-path.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import type { SealedEnvelope } from '../crypto/envelope.js';

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
  /** A supervisor held or released the case; the free-text reason is sealed (purpose `note`). */
  | (EntryBase & { readonly kind: 'hold'; readonly held: boolean; readonly reasonKind: HoldReasonKind; readonly reason: SealedEnvelope })
  /** The tombstone: the retention job destroyed what the rule said, when (no staff member: the schedule did). */
  | RetentionTombstone;

/** Why a case is held: the kind is plaintext (for the audit), the details are sealed. */
export const HOLD_REASON_KINDS = ['pengadilan', 'kepolisian', 'kejaksaan', 'permintaan_korban', 'lainnya'] as const;
export const HoldReasonKind = z.enum(HOLD_REASON_KINDS);
export type HoldReasonKind = z.infer<typeof HoldReasonKind>;

/** A held case, as its projection carries it. */
export interface LegalHoldState {
  readonly since: string;
  readonly by: StaffRef;
  readonly reasonKind: HoldReasonKind;
}

export interface RetentionTombstone {
  readonly kind: 'retention';
  readonly at: string;
  /** `personal`: sealed parts, files and key material; the routing fields stay for the numbers. */
  readonly destroyed: 'personal';
  readonly files: number;
  readonly sealedParts: number;
  /** The rule applied: the regency's retention after closure. */
  readonly rule: { readonly personalDataYears: number; readonly closedAt: string };
}
