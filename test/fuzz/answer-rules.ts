/**
 * What every answer must be, whatever was sent: never a 5xx; the security headers; the documented error shape
 * `{code, message: {id, en}, details?}` for the API (with Retry-After on 429 and 503); an HTML page with the
 * quick exit for reporters' pages; for Meta, only the statuses the README documents; no stack trace in an error.
 */
import type { RawResponse } from '../support/raw-http.js';

export type AnswerKind =
  /** JSON API: errors in the documented shape. */
  | 'api'
  /** A reporter's page: HTML with the quick exit, errors included. */
  | 'page'
  /** Meta's webhook (JSON errors), and its GET handshake (plain-text challenge or JSON error). */
  | 'webhook'
  /** Staff routes: JSON errors in the documented shape; pages and files as they come. */
  | 'staff';

export interface Expectation {
  readonly kind: AnswerKind;
  /** The only statuses this request may get (e.g. 401 without a key); undefined: any below 500. */
  readonly statuses?: readonly number[];
  /** The exact body of a 200 (the webhook handshake echoes its challenge). */
  readonly okBody?: string;
}

const STACK_TRACE = /\bat .+\.(ts|js|mjs):\d+|\b(Type|Reference|Range|Syntax)Error\b|\bError: /;

export function answerProblems(expect: Expectation, response: RawResponse): string[] {
  const problems: string[] = [];
  const { status } = response;
  const type = String(response.headers['content-type'] ?? '');
  if (status >= 500) problems.push(`status ${status} (a 5xx)`);
  if (expect.statuses && !expect.statuses.includes(status)) problems.push(`status ${status}, expected one of ${expect.statuses.join('/')}`);
  if (!String(response.headers['cache-control'] ?? '').includes('no-store')) problems.push('no cache-control: no-store');
  if (response.headers['x-content-type-options'] !== 'nosniff') problems.push('no x-content-type-options: nosniff');
  if ((status === 429 || status === 503) && !/^\d+$/.test(String(response.headers['retry-after'] ?? ''))) {
    problems.push(`${status} without Retry-After`);
  }

  if (expect.kind === 'page') {
    if (!type.startsWith('text/html')) problems.push(`content-type "${type}" for a page`);
    if (!response.text.includes('id="quick-exit"')) problems.push('a page without the quick exit');
  } else if (status >= 400 && (expect.kind !== 'staff' || type.startsWith('application/json'))) {
    problems.push(...errorShapeProblems(type, response.text));
  } else if (expect.kind === 'webhook' && status === 200 && expect.okBody !== undefined && response.text !== expect.okBody) {
    problems.push('the handshake answered something else than the challenge');
  } else if (expect.kind === 'api' && type.startsWith('application/json') && !parses(response.text)) {
    problems.push('a JSON answer that does not parse');
  }
  return problems;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
const isBilingual = (value: any) => value !== null && typeof value === 'object' && isText(value.id) && isText(value.en);

/** `{code, message: {id, en}, details?: [{field, issue, message?}]}` and nothing else. */
export function errorShapeProblems(contentType: string, text: string): string[] {
  if (!contentType.startsWith('application/json')) return [`an error answered as "${contentType}", not JSON`];
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return ['an error body that is not JSON'];
  }
  const problems: string[] = [];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return ['an error body that is not an object'];
  // Pages are left out: a form re-rendered after a 400 rightly shows what the reporter typed.
  if (STACK_TRACE.test(text)) problems.push('a stack trace or error name in the error body');
  const extra = Object.keys(body).filter((key) => !['code', 'message', 'details'].includes(key));
  if (extra.length > 0) problems.push(`unexpected error keys ${extra.join(', ')}`);
  if (typeof body.code !== 'string' || !/^[A-Z][A-Z_]*$/.test(body.code)) problems.push('no error code');
  if (!isBilingual(body.message)) problems.push('no bilingual message {id, en}');
  if (body.details !== undefined) {
    const ok =
      Array.isArray(body.details) &&
      body.details.every(
        (d: any) => isText(d?.field) && isText(d?.issue) && (d.message === undefined || isBilingual(d.message)),
      );
    if (!ok) problems.push('details not a list of {field, issue, message?}');
  }
  return problems;
}
