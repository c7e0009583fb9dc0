/**
 * One place that turns errors into responses. Only AppErrors show their (bilingual, data-free) message;
 * anything else is a retryable 503 with no detail, logged by name only.
 */
import type { MiddlewareObj } from '@middy/core';
import { AppError, ServiceUnavailableError, TooManyRequestsError } from '../errors.js';
import type { AppLogger } from '../intake/ports.js';
import type { HttpEvent, HttpResult } from './http-types.js';
import { jsonResponse } from './responses.js';

export const RETRY_AFTER_SECONDS = 5;

export function errorBody(error: AppError) {
  return {
    code: error.code,
    message: error.bilingual,
    ...(error.details ? { details: error.details } : {}),
  };
}

/** How long a caller should wait before trying again: 503s after a short pause, 429s until their window ends. */
export function retryAfterSeconds(error: AppError): number | undefined {
  if (error instanceof TooManyRequestsError) return error.retryAfterSeconds;
  return error.status === 503 ? RETRY_AFTER_SECONDS : undefined;
}

export function jsonErrorResponse(error: AppError): HttpResult {
  const seconds = retryAfterSeconds(error);
  const retry = seconds === undefined ? undefined : { 'retry-after': String(seconds) };
  return jsonResponse(error.status, errorBody(error), retry);
}

/** Renders an AppError for the route that failed (HTML pages render their own; default JSON). */
export type ErrorRenderer = (error: AppError, event: HttpEvent) => Promise<HttpResult> | HttpResult;

export function toAppError(error: unknown): AppError {
  return error instanceof AppError ? error : new ServiceUnavailableError({ cause: error });
}

export function httpErrorResponses(options: {
  logger: AppLogger;
  render?: ErrorRenderer;
}): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    name: 'httpErrorResponses',
    onError: async (request) => {
      const appError = toAppError(request.error);
      if (appError.status >= 500) {
        options.logger.error('request failed', {
          routeKey: request.event.routeKey,
          errorName: request.error instanceof Error ? request.error.name : 'unknown',
        });
      }
      const response = options.render
        ? await options.render(appError, request.event)
        : jsonErrorResponse(appError);
      const seconds = retryAfterSeconds(appError);
      if (seconds !== undefined) {
        response.headers = { ...response.headers, 'retry-after': String(seconds) };
      }
      request.response = response;
    },
  };
}
