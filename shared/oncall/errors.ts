/** The on-call errors callers see (4xx, both languages, stable codes). */
import { AppError } from '../errors.js';

/** Another person of the regency already signs in with this e-mail. */
export class StaffEmailTakenError extends AppError {
  constructor() {
    super(409, 'STAFF_EMAIL_TAKEN', {
      id: 'E-mail ini sudah dipakai orang lain di direktori.',
      en: 'Someone else in the directory already uses this e-mail.',
    });
  }
}

/** No such person in the caller's regency (another regency's person looks the same). */
export class StaffPersonNotFoundError extends AppError {
  constructor() {
    super(404, 'STAFF_PERSON_NOT_FOUND', { id: 'Petugas tidak ditemukan di direktori.', en: 'No such person in the directory.' });
  }
}

/** The directory or the rota changed since the caller read it. */
export class OnCallVersionConflictError extends AppError {
  constructor() {
    super(409, 'VERSION_CONFLICT', {
      id: 'Data ini baru saja diubah oleh orang lain. Muat ulang, periksa, lalu coba lagi.',
      en: 'Someone else changed this just now. Reload it, check, and try again.',
    });
  }
}

/** An alert link that does not exist or belongs to another regency. */
export class AlertLinkNotFoundError extends AppError {
  constructor() {
    super(404, 'ALERT_LINK_NOT_FOUND', { id: 'Tautan peringatan tidak ditemukan.', en: 'Alert link not found.' });
  }
}

/** The e-mail already signs in elsewhere: another regency's account, or the same person with another role. */
export class StaffAccountConflictError extends AppError {
  constructor(reason: 'other-regency' | 'other-role') {
    super(
      409,
      reason === 'other-regency' ? 'STAFF_ACCOUNT_OTHER_REGENCY' : 'STAFF_ACCOUNT_OTHER_ROLE',
      reason === 'other-regency'
        ? { id: 'E-mail ini sudah dipakai akun kabupaten/kota lain.', en: 'This e-mail already signs in for another regency.' }
        : { id: 'E-mail ini sudah punya akun dengan peran lain.', en: 'This e-mail already has an account with another role.' },
    );
  }
}
