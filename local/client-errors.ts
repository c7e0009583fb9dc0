/**
 * Requests Node's HTTP parser refuses before any handler runs (headers over its 16 KB limit, broken HTTP,
 * broken chunked encoding, a request that did not arrive in time). In the cloud API Gateway refuses those
 * itself; locally they get the answer every other error gets: the JSON error shape and the security
 * headers, never a bare status line. A client that is already gone gets nothing, and nothing else stops.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type AppError, HeadersTooLargeError, MalformedBodyError, RequestTimeoutError } from '#shared/errors.js';
import { jsonErrorResponse } from '#shared/http/error-responses.js';
import { BASE_SECURITY_HEADERS } from '#shared/http/security-headers.js';

export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const refused = refusalFor(error.code);
  const response = jsonErrorResponse(refused);
  const body = response.body ?? '';
  const headers = {
    ...BASE_SECURITY_HEADERS,
    ...response.headers,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.end(`HTTP/1.1 ${refused.status} ${STATUS_CODES[refused.status]}\r\n${head.join('\r\n')}\r\n\r\n${body}`);
}

function refusalFor(code: string | undefined): AppError {
  if (code === 'HPE_HEADER_OVERFLOW') return new HeadersTooLargeError();
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new RequestTimeoutError();
  return new MalformedBodyError();
}
