/**
 * The web channel takes idempotency keys from two places, the form's hidden submission id and the API's
 * `Idempotency-Key` header. Each gets its own prefix so that one can never claim the other's report (nor
 * learn its reference from the conflict answer).
 */
import * as z from 'zod';
import { CHANNEL_REF_MAX_LENGTH, clientChannelKey } from '../../intake/report-submission.js';
import { parseOrThrow } from '../../validation.js';

const FORM_PREFIX = 'form:';
const API_PREFIX = 'api:';

const ApiKeyHeader = z.object({
  'Idempotency-Key': clientChannelKey(CHANNEL_REF_MAX_LENGTH - API_PREFIX.length).optional(),
});

/** The form's channel reference; a missing id stays empty so the submission schema reports it. */
export function formChannelRef(submissionId: string | null): string {
  const id = submissionId?.trim() ?? '';
  return id === '' ? '' : `${FORM_PREFIX}${id}`;
}

/** The API's channel reference: the validated `Idempotency-Key` header, or a fresh id without one. */
export function apiChannelRef(idempotencyKey: string | undefined, newId: () => string): string {
  const key = parseOrThrow(ApiKeyHeader, { 'Idempotency-Key': idempotencyKey })['Idempotency-Key'];
  return `${API_PREFIX}${key ?? newId()}`;
}
