/** How the staff API's refusals reach the staff: the error shape read defensively, one text per failure (pure). */
import type { FieldIssue } from '#shared/errors.js';
import type { errorBody } from '#shared/http/error-responses.js';

type ErrorBody = ReturnType<typeof errorBody>;

/** A refusal of the staff API (or of the sign-in), with the API's own Indonesian text. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly text: string,
    readonly details: readonly FieldIssue[] = [],
  ) {
    super(`${status} ${code ?? ''}`.trim());
  }
}

/** The token is gone or refused: the console already shows the sign-in; nothing more to say. */
export class SignedOutError extends Error {
  override readonly name = 'SignedOutError';
}

/** An ApiError from a response's status and body; a body that is not our error shape (a proxy's) keeps the status only. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const shaped = isErrorBody(body) ? body : undefined;
  return new ApiError(
    status,
    shaped?.code,
    shaped?.message.id ?? `Terjadi kesalahan (${status}).`,
    Array.isArray(shaped?.details) ? shaped.details : [],
  );
}

function isErrorBody(body: unknown): body is ErrorBody {
  const message = (body as { message?: { id?: unknown } } | null)?.message;
  return typeof body === 'object' && body !== null && typeof message?.id === 'string';
}

/**
 * What the alert region says about a failure; undefined when there is nothing to say (signed out). A
 * server fault reads as "busy, try again" (its text says nothing useful), except a refused reveal whose audit
 * could not be written: staff must know the identity stayed closed for that reason.
 */
export function failureText(error: unknown): string | undefined {
  if (error instanceof SignedOutError) return undefined;
  if (!(error instanceof ApiError)) return 'Koneksi gagal. Periksa jaringan lalu coba lagi.';
  if (error.status >= 500 && error.code !== 'AUDIT_UNAVAILABLE') return 'Layanan sedang sibuk. Coba lagi sebentar lagi.';
  const details = error.details.map((detail) => `${detail.field}: ${detail.message?.id ?? detail.issue}`);
  return [error.text, ...details].join(' ');
}
