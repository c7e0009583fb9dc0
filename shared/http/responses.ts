import type { HttpHeaders, HttpResult } from './http-types.js';

export function jsonResponse(statusCode: number, body: unknown, headers: HttpHeaders = {}): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

export function htmlResponse(statusCode: number, html: string, headers: HttpHeaders = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: html };
}

export function textResponse(statusCode: number, text: string): HttpResult {
  return { statusCode, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text };
}
