/**
 * Set on every function (infra/constructs/lapor-function.ts): no error becomes trace metadata (an error's
 * message can quote input), and no response either, also where a handler forgets `captureResponse: false`.
 */
export const TRACER_ENVIRONMENT = {
  POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
  POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
} as const;
