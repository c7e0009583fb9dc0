/** The default Clock, IdGenerator and logger; tests and the local runtime may inject others. */
import { Logger } from '@aws-lambda-powertools/logger';
import type { LogAttributes } from '@aws-lambda-powertools/logger/types';
import { monotonicFactory } from 'ulid';
import type { AppLogger, Clock, IdGenerator } from './intake/ports.js';

export const systemClock: Clock = { now: () => new Date() };

const nextUlid = monotonicFactory();
export const ulidGenerator: IdGenerator = { newId: () => nextUlid() };

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

/**
 * The process's Powertools loggers, one per level: live, so the Lambda context middleware
 * (shared/observability/lambda-observability.ts) reaches every logger the wiring made.
 */
export const lambdaContextLoggers: Logger[] = [];
const loggersByLevel = new Map<LogLevel | undefined, Logger>();

function powertoolsLogger(logLevel?: LogLevel): Logger {
  const existing = loggersByLevel.get(logLevel);
  if (existing) return existing;
  const logger = new Logger({ serviceName: 'lapor-aman', ...(logLevel ? { logLevel } : {}) });
  loggersByLevel.set(logLevel, logger);
  lambdaContextLoggers.push(logger);
  return logger;
}

/** Structured JSON logs. Callers pass ids and codes only, never an event, a body or a personal field. */
export function createLogger(logLevel?: LogLevel): AppLogger {
  const logger = powertoolsLogger(logLevel);
  const at = (attributes?: Record<string, unknown>) => (attributes ?? {}) as LogAttributes;
  return {
    debug: (message, attributes) => logger.debug(message, at(attributes)),
    info: (message, attributes) => logger.info(message, at(attributes)),
    warn: (message, attributes) => logger.warn(message, at(attributes)),
    error: (message, attributes) => logger.error(message, at(attributes)),
  };
}
