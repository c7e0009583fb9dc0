/**
 * What every function wraps its handler in, outermost: the Lambda context in every log line (request id,
 * cold start, function name), an X-Ray segment per invocation, and the metrics flushed with a cold-start
 * metric. Responses and errors never become trace metadata: both can carry what a reporter wrote.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { MiddlewareObj } from '@middy/core';
import { createLogger, lambdaContextLoggers } from '../platform.js';
import { tracer } from './tracer.js';

/**
 * Powertools metrics whose own warnings go to the product's logger at DEBUG: most invocations add no metric
 * but the cold start, and an empty flush is the normal case, not a warning.
 */
export function createMetrics(): Metrics {
  const logger = createLogger();
  return new Metrics({ logger: { ...logger, warn: logger.debug } });
}

const processMetrics = createMetrics();

export function lambdaObservability(metrics: Metrics = processMetrics): MiddlewareObj[] {
  return [
    injectLambdaContext(lambdaContextLoggers, { logEvent: false }),
    captureLambdaHandler(tracer, { captureResponse: false }),
    logMetrics(metrics, { captureColdStartMetric: true }),
  ] as MiddlewareObj[];
}
