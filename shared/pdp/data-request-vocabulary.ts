/** The words of data-subject requests shared by the server and the console (no code: safe to bundle). */
import type { DataRequestRefusal, HoldReasonKind } from '../staff/timeline.js';

/** The parts of a report a correction may name (their new words are sealed). */
export const CORRECTABLE_FIELDS = ['kronologi', 'tempat', 'waktu_kejadian', 'kontak', 'data_korban', 'lainnya'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const CORRECTABLE_FIELD_LABELS: Readonly<Record<CorrectableField, string>> = {
  kronologi: 'Kronologi',
  tempat: 'Tempat kejadian',
  waktu_kejadian: 'Waktu kejadian',
  kontak: 'Kontak pelapor',
  data_korban: 'Data korban',
  lainnya: 'Lainnya',
};

export const REFUSAL_LABELS: Readonly<Record<DataRequestRefusal, string>> = {
  legal_hold: 'ditahan (legal hold)',
  legal_duty: 'kewajiban hukum (UU TPKS, perkara di kepolisian)',
  identitas_tidak_terverifikasi: 'identitas pemohon belum terverifikasi',
  lainnya: 'alasan lain',
};

/** A hold's kind as the reporter and the console read it. */
export const HOLD_REASON_TEXTS: Readonly<Record<HoldReasonKind, string>> = {
  pengadilan: 'pengadilan',
  kepolisian: 'kepolisian',
  kejaksaan: 'kejaksaan',
  permintaan_korban: 'permintaan korban',
  lainnya: 'alasan hukum lain',
};
