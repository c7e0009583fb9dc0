/**
 * Who may open a reporter's identity, and why (UU 27/2022; GlobaLeaks' custodian pattern). A regency either
 * lets any staff member reveal with a reason (`direct`), or has a responder ask and a supervisor approve
 * (`approval`). The reason is a kind from a fixed list (plaintext, for the audit) plus the staff member's
 * words, sealed (purpose `note`) before they are stored: no audit or request item holds reason text.
 */
import * as z from 'zod';
import { AppError } from '../errors.js';

export const REVEAL_MODES = ['direct', 'approval'] as const;
export const RevealMode = z.enum(REVEAL_MODES);
export type RevealMode = z.infer<typeof RevealMode>;

/** A regency that says nothing gets the stricter rule: a responder's reveal waits for a supervisor. */
export const DEFAULT_REVEAL_MODE: RevealMode = 'approval';

/** How long an approved request lets its responder reveal (once). */
export const REVEAL_GRANT_HOURS = 24;

export const REVEAL_REASON_KINDS = [
  'darurat_keselamatan',
  'penjangkauan_korban',
  'rujukan_polisi',
  'permintaan_pengadilan',
  'kontak_balik_disetujui',
  'lainnya',
] as const;
export const RevealReasonKind = z.enum(REVEAL_REASON_KINDS);
export type RevealReasonKind = z.infer<typeof RevealReasonKind>;

export const REVEAL_REASON_LABELS: Readonly<Record<RevealReasonKind, { readonly id: string; readonly en: string }>> = {
  darurat_keselamatan: { id: 'Darurat keselamatan korban atau pelapor', en: 'Safety emergency' },
  penjangkauan_korban: { id: 'Penjangkauan korban', en: 'Outreach to the victim' },
  rujukan_polisi: { id: 'Rujukan ke polisi (UPPA)', en: 'Police referral' },
  permintaan_pengadilan: { id: 'Permintaan pengadilan atau kejaksaan', en: 'Court or prosecutor request' },
  kontak_balik_disetujui: { id: 'Pelapor setuju dihubungi kembali', en: 'Reporter agreed to be contacted' },
  lainnya: { id: 'Lainnya (jelaskan)', en: 'Other (explain)' },
};

/** The kind and the words; the words are sealed before anything is stored. */
export const RevealReason = z.object({
  reasonKind: RevealReasonKind,
  /** The console asks not to write names or numbers here; sealed all the same. */
  reason: z.string().trim().min(10).max(300),
});

/** An approval-mode regency: a responder asks first ("Minta izin"). */
export class RevealApprovalRequiredError extends AppError {
  constructor() {
    super(403, 'REVEAL_APPROVAL_REQUIRED', {
      id: 'Kabupaten ini mewajibkan izin supervisor sebelum identitas pelapor dibuka. Ajukan permintaan izin.',
      en: "This regency requires a supervisor's approval before a reporter's identity is revealed. Ask for approval.",
    });
  }
}

/** The named request is not this staff member's approved, unused, unexpired request for this case. */
export class RevealGrantUnusableError extends AppError {
  constructor() {
    super(409, 'REVEAL_REQUEST_NOT_USABLE', {
      id: 'Izin ini tidak berlaku: belum disetujui, sudah dipakai, sudah kedaluwarsa, atau bukan milik Anda.',
      en: 'This approval cannot be used: not approved, already used, expired, or not yours.',
    });
  }
}

/** A request in a direct-mode regency, or by a supervisor (who reveals directly, audited). */
export class RevealRequestNotNeededError extends AppError {
  constructor() {
    super(409, 'REVEAL_REQUEST_NOT_NEEDED', {
      id: 'Anda dapat membuka identitas langsung dengan alasan; tidak perlu izin.',
      en: 'You may reveal directly with a reason; no approval is needed.',
    });
  }
}

/** A decision on a request that is no longer pending (decided by another supervisor meanwhile). */
export class RevealRequestDecidedError extends AppError {
  constructor() {
    super(409, 'REVEAL_REQUEST_DECIDED', {
      id: 'Permintaan ini sudah diputuskan.',
      en: 'This request has already been decided.',
    });
  }
}

export class RevealRequestNotFoundError extends AppError {
  constructor() {
    super(404, 'REVEAL_REQUEST_NOT_FOUND', { id: 'Permintaan izin tidak ditemukan.', en: 'Reveal request not found.' });
  }
}

/** A supervisor does not decide their own request (they reveal directly instead). */
export function mayRevealDirectly(mode: RevealMode, role: 'responder' | 'supervisor'): boolean {
  return mode === 'direct' || role === 'supervisor';
}
