/**
 * `GET /_local/runtime`: where this local runtime keeps its data (the embedded DynamoDB's endpoint and
 * table), so that `npm run smoke` can read and clean up its test case here as it does in the cloud. Local only
 * (not in shared/http/routes.ts); a deployment answers this path with 404, which is how the smoke test tells
 * the two apart.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { answerJson } from './json-answer.js';

export const LOCAL_RUNTIME_PATH = '/_local/runtime';

/** What the smoke test needs to reach the local table. */
export interface LocalRuntimeDescription {
  readonly dynamoEndpoint: string;
  readonly tableName: string;
  readonly region: string;
}

export function withLocalRuntimeRoute(next: RequestListener, description: LocalRuntimeDescription): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== LOCAL_RUNTIME_PATH) return next(req, res);
    const status = req.method === 'GET' ? 200 : 405;
    answerJson(res, status, status === 200 ? description : { status });
  };
}
