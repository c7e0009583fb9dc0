/**
 * `GET|POST /_local/sms/carrier-failures`: how many of the next alert SMS the simulated carrier refuses, and
 * `{"refuseNext": n}` to set it. Local only (not in shared/http/routes.ts). A JSON body is required, so a web
 * page elsewhere cannot set it without a CORS preflight this server never grants.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { answerJson } from './json-answer.js';
import type { SimulatedCarrier } from './simulated-carrier.js';

export const LOCAL_CARRIER_PATH = '/_local/sms/carrier-failures';
const MAX_REFUSALS = 100;

export function withLocalCarrierRoute(next: RequestListener, carrier: SimulatedCarrier): RequestListener {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== LOCAL_CARRIER_PATH) return next(req, res);
    const status = await answer(req, carrier);
    answerJson(res, status, status === 200 ? { refuseNext: carrier.refusalsToCome } : { status });
  };
}

async function answer(req: IncomingMessage, carrier: SimulatedCarrier): Promise<number> {
  if (req.method === 'GET') return 200;
  if (req.method !== 'POST') return 405;
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return 415;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const count = (() => {
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8')).refuseNext;
    } catch {
      return undefined;
    }
  })();
  if (!Number.isInteger(count) || count < 0 || count > MAX_REFUSALS) return 400;
  carrier.refuseNext(count);
  return 200;
}
