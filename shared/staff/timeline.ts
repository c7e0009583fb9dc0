/**
 * What a case's history records, entry by entry: what staff did and what the reporter added later. Entries
 * are appended, never edited. A new kind of work on a case is a new kind of entry here.
 */
import * as z from 'zod';
import type { StaffRole } from '../auth/staff-principal.js';
import type { ClosingReason } from '../domain/case-path.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { AssessmentEntry, ClassificationEntry } from './case-work-entries.js';
import type { AlertEvent } from '../intake/ports.js';
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
      /** The responder whose close request a supervisor approved with this change. */
      readonly requestedBy?: StaffRef;
      /** A supervisor's own words on closing directly (sealed, purpose `note`). */
      readonly note?: SealedEnvelope;
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
  | ClassificationEntry
  | AssessmentEntry
  /** Closing as a decision (case-closing.ts); every free-text reason is sealed like a note (purpose `note`). */
  | (EntryBase & { readonly kind: 'close_request'; readonly closingReason: ClosingReason; readonly note?: SealedEnvelope })
  | (EntryBase & { readonly kind: 'close_returned'; readonly requestedBy: StaffRef; readonly note: SealedEnvelope })
  | (EntryBase & { readonly kind: 'reopened'; readonly to: CaseStatus; readonly note: SealedEnvelope })
  /** The first "Saya tangani" from an alert link: the case is assigned to `by` and the chain stops. */
  | (EntryBase & { readonly kind: 'acknowledgement' })
  /**
   * An alert SMS went to these people of the directory (names only, never a number); `nobodyOnCall`: the
   * rota had nobody at that moment, so the supervisors got it. No staff member: the alert jobs wrote it.
   */
  | {
      readonly kind: 'alertRecipients';
      readonly at: string;
      readonly event: AlertEvent | 'assigned';
      readonly to: readonly Assignee[];
      readonly nobodyOnCall?: boolean;
    }
  /** Staff wrote to the reporter (sealed, purpose `thread`): the reporter reads it in their inbox or chat. */
  | (EntryBase & { readonly kind: 'message'; readonly message: SealedEnvelope })
  /** The reporter answered (sealed, purpose `thread`); `afterClose`: written to a case already closed. */
  | ReporterReplyEntry
  /** The reporter asked to use a right under UU PDP: a task for staff, due within 3 × 24 h. */
  | DataRequestEntry
  /** A supervisor decided a data request (shared/pdp/decide-data-request.ts); reasons and corrections sealed. */
  | DataRequestDecisionEntry
  /** A service given on `date` (the regency's day); who, where and the note are sealed (purpose `note`). */
  | (EntryBase & { readonly kind: 'service'; readonly service: ServiceGiven; readonly date: string; readonly details: SealedEnvelope })
  | (EntryBase & ReferralEntry)
  /** The victim (or guardian) declined a police referral: ends a sexual-violence case's TPKS clock. */
  | (EntryBase & { readonly kind: 'policeReferralDeclined'; readonly reasonKind: 'korban_menolak'; readonly consent: Consent })
  /** The next step (sealed, purpose `note`) and its day. */
  | (EntryBase & { readonly kind: 'plan'; readonly dueDate: string; readonly nextStep: SealedEnvelope })
  /** A supervisor held or released the case; the free-text reason is sealed (purpose `note`). */
  | (EntryBase & { readonly kind: 'hold'; readonly held: boolean; readonly reasonKind: HoldReasonKind; readonly reason: SealedEnvelope })
  /** The tombstone: the retention job destroyed what the rule said, when (no staff member: the schedule did). */
  | RetentionTombstone;

/** The entry kinds whose `note` is a staff member's reason, opened for the timeline like a note. */
export type ReasonedEntry = Extract<TimelineEntry, { kind: 'status' | 'close_request' | 'close_returned' | 'reopened' }>;

/** How a reporter's answer came: their WhatsApp chat or the inbox behind reference + tracking code. */
export type ReplyLine = 'whatsapp' | 'inbox';

export interface ReporterReplyEntry {
  readonly kind: 'reply';
  readonly at: string;
  readonly line: ReplyLine;
  readonly reply: SealedEnvelope;
  readonly afterClose?: true;
}

/** A data subject's request (UU 27/2022 art. 7–8 copy, art. 6 correction, art. 8 erasure). */
export const DATA_REQUEST_KINDS = ['copy', 'correction', 'erasure'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

export interface DataRequestEntry {
  readonly kind: 'dataRequest';
  readonly at: string;
  readonly request: DataRequestKind;
  /** When processing must be restricted by (3 × 24 h after the request). */
  readonly dueAt: string;
  /** The reporter's own words with the request, sealed (purpose `thread`). */
  readonly reply?: SealedEnvelope;
  /** A request made at the desk: the staff member who recorded it (absent: the reporter's inbox). */
  readonly recordedBy?: StaffRef;
}

/** Why a data request was refused: the kind is plaintext (for the audit), any words are sealed. */
export const DATA_REQUEST_REFUSALS = ['legal_hold', 'legal_duty', 'identitas_tidak_terverifikasi', 'lainnya'] as const;
export type DataRequestRefusal = (typeof DATA_REQUEST_REFUSALS)[number];

export interface DataRequestDecisionEntry extends EntryBase {
  readonly kind: 'dataRequestDecision';
  /** The version of the `dataRequest` entry decided. */
  readonly requestVersion: number;
  readonly request: DataRequestKind;
  readonly outcome: 'granted' | 'refused';
  readonly refusal?: DataRequestRefusal;
  /** A refusal for a legal hold names the hold's kind. */
  readonly holdReasonKind?: HoldReasonKind;
  /** The supervisor's words (sealed, purpose `note`). */
  readonly reason?: SealedEnvelope;
  /** A granted correction: which parts were corrected (plaintext) and to what (sealed, purpose `details`). */
  readonly correctedFields?: readonly string[];
  readonly correction?: SealedEnvelope;
  /** A granted copy: where the export went (the reporter's thread, or downloaded at the desk by `by`). */
  readonly exportedTo?: 'thread' | 'desk';
}

/** Why a case is held: the kind is plaintext (for the audit), the details are sealed. */
export const HOLD_REASON_KINDS = ['pengadilan', 'kepolisian', 'kejaksaan', 'permintaan_korban', 'lainnya'] as const;
export const HoldReasonKind = z.enum(HOLD_REASON_KINDS);
export type HoldReasonKind = z.infer<typeof HoldReasonKind>;
export const HOLD_REASON_LABELS: Readonly<Record<HoldReasonKind, { readonly id: string }>> = {
  pengadilan: { id: 'Pengadilan' },
  kepolisian: { id: 'Kepolisian' },
  kejaksaan: { id: 'Kejaksaan' },
  permintaan_korban: { id: 'Permintaan korban' },
  lainnya: { id: 'Lainnya' },
};

/** A held case, as its projection carries it. */
export interface LegalHoldState {
  readonly since: string;
  readonly by: StaffRef;
  readonly reasonKind: HoldReasonKind;
}

/** A granted erasure request, waiting for the retention job (the one function that may destroy). */
export interface ErasureOrder {
  /** The version of the `dataRequest` entry. */
  readonly erasureRequest: number;
  readonly grantedAt: string;
}

export interface RetentionTombstone {
  readonly kind: 'retention';
  readonly at: string;
  /** `personal`: sealed parts, files and key material; the routing fields stay for the numbers. */
  readonly destroyed: 'personal';
  readonly files: number;
  readonly sealedParts: number;
  /** The rule applied: the regency's retention after closure, or a data subject's erasure a supervisor granted. */
  readonly rule: { readonly personalDataYears: number; readonly closedAt: string } | ErasureOrder;
}
