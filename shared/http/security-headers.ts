/** Headers every response carries: nothing cached, nothing framed, nothing sniffed, no referrer leaks. */
import type { MiddlewareObj } from '@middy/core';
import type { HttpEvent, HttpHeaders, HttpResult } from './http-types.js';

export const BASE_SECURITY_HEADERS: HttpHeaders = {
  'cache-control': 'no-store, max-age=0',
  pragma: 'no-cache',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
};

export function securityHeaders(): MiddlewareObj<HttpEvent, HttpResult> {
  const addHeaders = (request: { response: HttpResult | null }) => {
    if (!request.response) return;
    // A route may set a richer CSP for its HTML (inline style hash); base headers never override it.
    request.response.headers = { ...BASE_SECURITY_HEADERS, ...request.response.headers };
    delete request.response.cookies;
  };
  return { name: 'securityHeaders', after: addHeaders, onError: addHeaders };
}
