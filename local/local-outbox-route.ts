/**
 * `GET /_local/outbox`: the alerts the local runtime "sent", newest first, as JSON. A local-only route:
 * it is not in shared/http/routes.ts, so no deployment ever serves it.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { answerJson } from './json-answer.js';
import type { LocalOutboxEntry } from './outbox-alert-publisher.js';

export const LOCAL_OUTBOX_PATH = '/_local/outbox';

export function withLocalOutboxRoute(
  next: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  readOutbox: () => Promise<LocalOutboxEntry[]>,
  logRequest: (line: string) => void,
): RequestListener {
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== LOCAL_OUTBOX_PATH) return next(req, res);
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    let status = 200;
    let body: unknown;
    if (method !== 'GET') {
      status = 405;
      body = { message: 'Method Not Allowed' };
    } else {
      body = await readOutbox().then(
        (alerts) => ({ alerts }),
        () => {
          status = 500;
          return { message: 'local outbox unavailable' };
        },
      );
    }
    answerJson(res, status, body);
    logRequest(`${method} ${LOCAL_OUTBOX_PATH} ${status} ${(performance.now() - started).toFixed(1)}ms`);
  };
}
