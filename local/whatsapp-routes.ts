/**
 * `GET /_local/whatsapp/outbox?to=<wa_id or BSUID>&after=<seq>`: the replies the local runtime "sent" to one
 * number or username, for the simulator. Local only (not in shared/http/routes.ts); it needs the local app secret as
 * a bearer token, because the replies hold what a reporter wrote.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { secretsEqual } from '#shared/channels/whatsapp/webhook-signature.js';
import { answerJson } from './json-answer.js';
import type { LocalWhatsAppOutbox } from './whatsapp-outbox.js';

export const LOCAL_WHATSAPP_OUTBOX_PATH = '/_local/whatsapp/outbox';

export function withLocalWhatsAppRoutes(
  next: RequestListener,
  outbox: LocalWhatsAppOutbox,
  appSecret: string,
): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== LOCAL_WHATSAPP_OUTBOX_PATH) return next(req, res);
    const authorised = secretsEqual((req.headers.authorization ?? '').replace(/^Bearer /, ''), appSecret);
    const to = url.searchParams.get('to') ?? '';
    const status = req.method !== 'GET' ? 405 : !authorised ? 401 : /^[A-Za-z0-9][A-Za-z0-9._-]{4,255}$/.test(to) ? 200 : 400;
    const body =
      status === 200 ? { replies: outbox.repliesTo(to, Number(url.searchParams.get('after') ?? 0) || 0) } : { status };
    answerJson(res, status, body);
  };
}
