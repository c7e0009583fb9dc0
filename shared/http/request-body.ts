/** Reading untrusted request bodies: size first, then content type, then syntax. */
import { MalformedBodyError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.js';
import type { HttpEvent } from './http-types.js';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

export function header(event: HttpEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

function mediaType(event: HttpEvent): string {
  return (header(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The exact bytes received (base64 decoded when API Gateway encoded them), bounded by size. */
export function rawBody(event: HttpEvent, maxBytes: number): Buffer {
  const body = event.body ?? '';
  // Cheap bound before decoding: base64 is 4/3 of the bytes it carries.
  if (body.length > (event.isBase64Encoded ? Math.ceil((maxBytes * 4) / 3) + 4 : maxBytes * 4)) {
    throw new PayloadTooLargeError(maxBytes);
  }
  const bytes = Buffer.from(body, event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.length > maxBytes) throw new PayloadTooLargeError(maxBytes);
  return bytes;
}

function requireMediaType(event: HttpEvent, accepted: readonly string[]): void {
  if (!accepted.includes(mediaType(event))) throw new UnsupportedMediaTypeError(accepted);
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new MalformedBodyError({ cause: error });
  }
}

export function readJsonBody(event: HttpEvent, maxBytes = DEFAULT_BODY_LIMIT): unknown {
  const bytes = rawBody(event, maxBytes);
  requireMediaType(event, ['application/json']);
  try {
    return JSON.parse(decodeUtf8(bytes));
  } catch (error) {
    throw error instanceof MalformedBodyError ? error : new MalformedBodyError({ cause: error });
  }
}

export function readFormBody(event: HttpEvent, maxBytes = DEFAULT_BODY_LIMIT): URLSearchParams {
  const bytes = rawBody(event, maxBytes);
  requireMediaType(event, ['application/x-www-form-urlencoded']);
  return new URLSearchParams(decodeUtf8(bytes));
}
