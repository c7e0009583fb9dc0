/**
 * Named errors that cross the HTTP boundary. Only these (status < 500) show their message to callers;
 * anything else becomes a generic 500 without details. Messages never carry personal data.
 */
export interface BilingualMessage {
  readonly id: string;
  readonly en: string;
}

export interface FieldIssue {
  readonly field: string;
  /** The rule that failed, in English (API clients). */
  readonly issue: string;
  /** The same rule for people, in both languages (forms, chat replies). */
  readonly message?: BilingualMessage;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly bilingual: BilingualMessage,
    readonly details?: readonly FieldIssue[],
    options?: ErrorOptions,
  ) {
    super(`${code}: ${bilingual.en}`, options);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends AppError {
  constructor(details: readonly FieldIssue[], options?: ErrorOptions) {
    super(
      400,
      'INVALID_FIELDS',
      {
        id: 'Beberapa isian belum benar. Mohon periksa kembali.',
        en: 'Some fields are not valid. Please check them again.',
      },
      details,
      options,
    );
  }
}

export class MalformedBodyError extends AppError {
  constructor(options?: ErrorOptions) {
    super(
      400,
      'MALFORMED_BODY',
      { id: 'Isi permintaan tidak dapat dibaca.', en: 'The request body could not be read.' },
      undefined,
      options,
    );
  }
}

/** Headers over the server's limit (16 KB): refused before any route is chosen. */
export class HeadersTooLargeError extends AppError {
  constructor() {
    super(431, 'HEADERS_TOO_LARGE', { id: 'Header permintaan terlalu besar.', en: 'The request headers are too large.' });
  }
}

/** A request that did not arrive whole in time (a stalled or trickling client): refused before any route runs. */
export class RequestTimeoutError extends AppError {
  constructor() {
    super(408, 'REQUEST_TIMEOUT', {
      id: 'Permintaan tidak selesai dikirim tepat waktu. Mohon kirim ulang.',
      en: 'The request did not arrive in time. Please send it again.',
    });
  }
}

export class TenantNotFoundError extends AppError {
  constructor() {
    super(404, 'TENANT_NOT_FOUND', {
      id: 'Layanan kabupaten/kota ini tidak ditemukan.',
      en: 'No service is registered for this regency or city.',
    });
  }
}

export class ReportNotFoundError extends AppError {
  constructor() {
    super(404, 'REPORT_NOT_FOUND', {
      id: 'Nomor laporan atau kode pelacakan tidak cocok.',
      en: 'The report number or tracking code does not match.',
    });
  }
}

export class RouteNotFoundError extends AppError {
  constructor() {
    super(404, 'NOT_FOUND', { id: 'Halaman tidak ditemukan.', en: 'Page not found.' });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    const kb = Math.round(limitBytes / 1024);
    super(413, 'PAYLOAD_TOO_LARGE', {
      id: `Isi permintaan terlalu besar (maksimal ${kb} KB).`,
      en: `The request body is too large (at most ${kb} KB).`,
    });
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(expected: readonly string[]) {
    super(415, 'UNSUPPORTED_MEDIA_TYPE', {
      id: `Jenis isi tidak didukung. Gunakan: ${expected.join(', ')}.`,
      en: `Unsupported content type. Use: ${expected.join(', ')}.`,
    });
  }
}

export class MethodNotAllowedError extends AppError {
  constructor() {
    super(405, 'METHOD_NOT_ALLOWED', {
      id: 'Metode permintaan tidak diizinkan.',
      en: 'Request method not allowed.',
    });
  }
}

/** The request is fine but the service cannot finish it now; the caller should retry later. */
export class ServiceUnavailableError extends AppError {
  constructor(options?: ErrorOptions) {
    super(
      503,
      'TEMPORARILY_UNAVAILABLE',
      {
        id: 'Layanan sedang sibuk. Laporan Anda belum tersimpan, mohon kirim ulang sebentar lagi.',
        en: 'The service is busy. Your report is not saved yet; please send it again shortly.',
      },
      undefined,
      options,
    );
  }
}

/** An idempotency key (form submission id, Idempotency-Key header) reused for a different report. */
export class IdempotencyConflictError extends AppError {
  constructor(readonly reference: string) {
    super(409, 'ALREADY_SUBMITTED', {
      id: `Laporan dengan kode kiriman ini sudah diterima sebagai ${reference}. Untuk menambah informasi, hubungi layanan kami.`,
      en: `A report with this submission id was already received as ${reference}. To add information, contact the service.`,
    });
  }
}

/** A call-center request without a valid API key: missing, malformed, unknown and revoked look the same. */
export class InvalidApiKeyError extends AppError {
  constructor() {
    super(401, 'INVALID_API_KEY', {
      id: 'Kunci API (x-api-key) tidak ada atau tidak berlaku.',
      en: 'The API key (x-api-key) is missing or not valid.',
    });
  }
}

/** A call transcript in which the caller says nothing (empty, or only the agent speaking): no report to file. */
export class NoCallerSpeechError extends AppError {
  constructor() {
    super(422, 'NO_CALLER_SPEECH', {
      id: 'Transkrip tidak memuat ucapan penelepon, sehingga tidak ada laporan yang dapat dicatat.',
      en: 'The transcript holds nothing the caller said, so there is no report to record.',
    });
  }
}

/** A call's transcript file in none of the shapes the call-center channel reads: the message names those it does. */
export class UnsupportedTranscriptFormatError extends AppError {
  constructor(supported: readonly string[]) {
    const list = supported.join('; ');
    super(
      400,
      'UNSUPPORTED_TRANSCRIPT_FORMAT',
      {
        id: `Format transkrip di "transcribe" tidak didukung. Kirim berkasnya apa adanya dalam salah satu format ini: ${list}; atau percakapan umum di "segments".`,
        en: `The transcript in "transcribe" is not in a supported format. Send the file as it is in one of these formats: ${list}; or the generic conversation in "segments".`,
      },
      [{ field: 'transcribe', issue: `not a supported transcript format (supported: ${list})` }],
    );
  }
}

/** A WhatsApp webhook POST whose X-Hub-Signature-256 is missing or does not match: nothing is processed. */
export class InvalidSignatureError extends AppError {
  constructor() {
    super(401, 'INVALID_SIGNATURE', {
      id: 'Tanda tangan permintaan tidak ada atau tidak cocok.',
      en: 'The request signature is missing or does not match.',
    });
  }
}

/** Meta's webhook verification handshake with a wrong mode or verify token. */
export class WebhookVerificationError extends AppError {
  constructor() {
    super(403, 'VERIFICATION_FAILED', {
      id: 'Verifikasi webhook gagal.',
      en: 'Webhook verification failed.',
    });
  }
}

/** A staff request without a valid token: missing, malformed, expired and forged look the same. */
export class UnauthenticatedError extends AppError {
  constructor(options?: ErrorOptions) {
    super(
      401,
      'UNAUTHENTICATED',
      { id: 'Sesi tidak berlaku. Silakan masuk kembali.', en: 'Your session is not valid. Please sign in again.' },
      undefined,
      options,
    );
  }
}

/** A signed-in staff member asking for something their role does not allow. */
export class ForbiddenError extends AppError {
  constructor() {
    super(403, 'FORBIDDEN', {
      id: 'Peran Anda tidak mengizinkan tindakan ini.',
      en: 'Your role does not allow this action.',
    });
  }
}

/** No such case for the staff member's regency: another regency's case looks exactly like a missing one. */
export class CaseNotFoundError extends AppError {
  constructor() {
    super(404, 'CASE_NOT_FOUND', { id: 'Kasus tidak ditemukan.', en: 'Case not found.' });
  }
}

/** A status change the case path does not allow from the case's current status. */
export class InvalidTransitionError extends AppError {
  constructor(from: string, to: string) {
    super(409, 'INVALID_TRANSITION', {
      id: `Status tidak dapat diubah dari "${from}" ke "${to}".`,
      en: `The status cannot change from "${from}" to "${to}".`,
    });
  }
}

/** Optimistic locking: the case changed since the caller read it. */
export class VersionConflictError extends AppError {
  constructor() {
    super(409, 'VERSION_CONFLICT', {
      id: 'Kasus ini baru saja diubah oleh orang lain. Muat ulang, periksa, lalu coba lagi.',
      en: 'Someone else changed this case just now. Reload it, check, and try again.',
    });
  }
}

/** Reveal asked for a case whose reporter chose to stay anonymous: there is no identity to open. */
export class NoIdentityError extends AppError {
  constructor() {
    super(409, 'NO_IDENTITY', {
      id: 'Pelapor memilih anonim; tidak ada identitas yang tersimpan.',
      en: 'The reporter chose to stay anonymous; no identity is stored.',
    });
  }
}

/**
 * Too many requests from one sender, or too many wrong tracking codes for one reference. The answer is the
 * same whether or not the reference exists, so a lockout never tells that a report is there.
 */
export class TooManyRequestsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, 'TOO_MANY_REQUESTS', {
      id: `Terlalu banyak permintaan. Mohon coba lagi dalam ${minutes} menit.`,
      en: `Too many requests. Please try again in ${minutes} minutes.`,
    });
  }
}

/** The reveal audit record could not be written, so the identity was not decrypted (no audit, no reveal). */
export class AuditUnavailableError extends AppError {
  constructor(options?: ErrorOptions) {
    super(
      503,
      'AUDIT_UNAVAILABLE',
      {
        id: 'Log audit tidak dapat ditulis, sehingga identitas tidak dibuka. Coba lagi sebentar lagi.',
        en: 'The audit log could not be written, so the identity was not revealed. Try again shortly.',
      },
      undefined,
      options,
    );
  }
}

/** A walk-in report for a regency whose config does not list the `walk-in` channel. */
export class WalkInNotOfferedError extends AppError {
  constructor() {
    super(403, 'WALK_IN_NOT_OFFERED', {
      id: 'Kantor ini belum menerima laporan datang langsung lewat Lapor Aman.',
      en: 'This office does not take walk-in reports through Lapor Aman.',
    });
  }
}

/** A close request for a case that already waits for a supervisor's decision on one. */
export class CloseRequestPendingError extends AppError {
  constructor() {
    super(409, 'CLOSE_REQUEST_PENDING', {
      id: 'Permintaan penutupan kasus ini sedang menunggu persetujuan supervisor.',
      en: 'A request to close this case is already waiting for a supervisor.',
    });
  }
}

/** A decision on closing for a case nobody asked to close. */
export class NoCloseRequestError extends AppError {
  constructor() {
    super(409, 'NO_CLOSE_REQUEST', {
      id: 'Tidak ada permintaan penutupan yang menunggu untuk kasus ini.',
      en: 'No request to close this case is waiting.',
    });
  }
}

/** No such file in this case (or the case is another regency's): looks exactly like a missing case. */
export class MediaNotFoundError extends AppError {
  constructor() {
    super(404, 'MEDIA_NOT_FOUND', { id: 'Berkas tidak ditemukan.', en: 'File not found.' });
  }
}

/** The file-opening audit record could not be written, so nothing of the case was decrypted. */
export class MediaAuditUnavailableError extends AppError {
  constructor(options?: ErrorOptions) {
    super(
      503,
      'AUDIT_UNAVAILABLE',
      {
        id: 'Log audit tidak dapat ditulis, sehingga berkas tidak dibuka. Coba lagi sebentar lagi.',
        en: 'The audit log could not be written, so the file was not opened. Try again shortly.',
      },
      undefined,
      options,
    );
  }
}
