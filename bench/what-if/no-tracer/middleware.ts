/** The tracer's middy middleware, stubbed for bench/tracing-cost.ts: a middleware that does nothing. */
export const captureLambdaHandler = () => ({ before: () => undefined });
