/**
 * The web channel takes idempotency keys from three places, the hidden submission ids of the report form
 * and of the one-press page, and the API's `Idempotency-Key` header. Each gets its own prefix so that one
 * can never claim another's report (nor learn its reference from the conflict answer).
 */
import * as z from 'zod';
import { CHANNEL_REF_MAX_LENGTH, clientChannelKey } from '../../intake/report-submission.js';
import { parseOrThrow } from '../../validation.js';

const FORM_PREFIX = 'form:';
const PRESS_PREFIX = 'press:';
const API_PREFIX = 'api:';

const ApiKeyHeader = z.object({
  'Idempotency-Key': clientChannelKey(CHANNEL_REF_MAX_LENGTH - API_PREFIX.length).optional(),
});

const prefixed = (prefix: string, submissionId: string | null) => {
  const id = submissionId?.trim() ?? '';
  return id === '' ? '' : `${prefix}${id}`;
};

/** The form's channel reference; a missing id stays empty so the submission schema reports it. */
export const formChannelRef = (submissionId: string | null): string => prefixed(FORM_PREFIX, submissionId);

/** The one-press page's channel reference: a double press carries the same id and files once. */
export const pressChannelRef = (submissionId: string | null): string => prefixed(PRESS_PREFIX, submissionId);

/** The API's channel reference: the validated `Idempotency-Key` header, or a fresh id without one. */
export function apiChannelRef(idempotencyKey: string | undefined, newId: () => string): string {
  const key = parseOrThrow(ApiKeyHeader, { 'Idempotency-Key': idempotencyKey })['Idempotency-Key'];
  return `${API_PREFIX}${key ?? newId()}`;
}
