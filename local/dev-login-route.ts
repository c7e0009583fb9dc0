/**
 * The local dev login, mounted in front of the local API Gateway like `/_local/outbox`: it is not in
 * shared/http/routes.ts, so no deployment serves it. It mimics the two endpoints of Cognito's managed
 * login the console uses (authorization code + PKCE), so the console runs the same sign-in code locally:
 *
 * - `GET  /_local/dev-login?response_type=code&client_id&redirect_uri&state&code_challenge…`: pick a
 *   seeded staff member or an active person of a regency's directory (read at each request);
 * - `POST /_local/dev-login`: issues a one-time code and redirects back to the console;
 * - `POST /_local/dev-login/token`: code + verifier -> `{ id_token }`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { escapeHtml, sha256 } from '#shared/channels/web/page-layout.js';
import { DEV_LOGIN_CLIENT_ID, type DevTokenSigner, type DevTokenSubject } from './dev-login-keys.js';

export const DEV_LOGIN_PATH = '/_local/dev-login';
export const DEV_LOGIN_TOKEN_PATH = '/_local/dev-login/token';

const CODE_LIFETIME_MS = 2 * 60_000;
const MAX_FORM_BYTES = 8 * 1024;
const TOKEN_CHARS = /^[A-Za-z0-9_-]+$/;

interface PendingCode {
  readonly subject: DevTokenSubject;
  readonly redirectUri: string;
  readonly challenge: string;
  readonly expiresAt: number;
}

interface AuthorizeRequest {
  readonly redirectUri: string;
  readonly state: string;
  readonly challenge: string;
}

const PAGE_STYLE = [
  'body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a}',
  'main{max-width:40rem;margin:0 auto;padding:1rem}',
  '.warning{padding:.75rem 1rem;border-left:6px solid #a4001d;background:#fbeeee}',
  'form{margin:0 0 .5rem}',
  'button{width:100%;min-height:48px;padding:.5rem 1rem;font:inherit;text-align:left;color:#fff;background:#0b6b3a;border:0;border-radius:4px}',
  'button:focus{outline:3px solid #1a1a1a;outline-offset:2px}',
].join('');
const PAGE_CSP = `default-src 'none'; style-src ${sha256(PAGE_STYLE)}; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

export function withDevLoginRoutes(
  next: RequestListener,
  listStaff: () => Promise<readonly DevTokenSubject[]>,
  signer: DevTokenSigner,
  logRequest: (line: string) => void,
): RequestListener {
  const codes = new Map<string, PendingCode>();

  const answer = async (req: IncomingMessage, path: string): Promise<Reply> => {
    const method = (req.method ?? 'GET').toUpperCase();
    if (path === DEV_LOGIN_TOKEN_PATH) {
      if (method !== 'POST') return json(405, { error: 'invalid_request' });
      return exchangeCode(codes, signer, await readForm(req));
    }
    if (method === 'GET') {
      const request = parseAuthorize(new URL(req.url ?? '/', 'http://localhost').searchParams);
      return request ? html(200, chooserPage(await listStaff(), request)) : html(400, errorPage());
    }
    if (method !== 'POST') return html(405, errorPage());
    const form = await readForm(req);
    const request = form && parseAuthorize(form);
    const subject = (await listStaff()).find((member) => member.sub === form?.get('staff'));
    if (!request || !subject) return html(400, errorPage());
    const code = randomBytes(24).toString('base64url');
    codes.set(code, { subject, redirectUri: request.redirectUri, challenge: request.challenge, expiresAt: Date.now() + CODE_LIFETIME_MS });
    const back = new URL(request.redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', request.state);
    return { status: 303, headers: { location: back.toString() }, body: '' };
  };

  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== DEV_LOGIN_PATH && path !== DEV_LOGIN_TOKEN_PATH) return next(req, res);
    const started = performance.now();
    const reply = await answer(req, path).catch(() => json(500, { error: 'server_error' }));
    res.writeHead(reply.status, {
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      ...reply.headers,
      'content-length': String(Buffer.byteLength(reply.body)),
    });
    res.end(reply.body);
    logRequest(`${(req.method ?? 'GET').toUpperCase()} ${path} ${reply.status} ${(performance.now() - started).toFixed(1)}ms`);
  };
}

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

const html = (status: number, body: string): Reply => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'x-frame-options': 'DENY' },
  body,
});

/** Only the local console may ask: its client id, a localhost `/staff` redirect, S256 PKCE. */
function parseAuthorize(params: URLSearchParams): AuthorizeRequest | undefined {
  const redirectUri = params.get('redirect_uri') ?? '';
  const state = params.get('state') ?? '';
  const challenge = params.get('code_challenge') ?? '';
  const ok =
    params.get('response_type') === 'code' &&
    params.get('client_id') === DEV_LOGIN_CLIENT_ID &&
    params.get('code_challenge_method') === 'S256' &&
    isLocalConsole(redirectUri) &&
    TOKEN_CHARS.test(state) &&
    state.length <= 128 &&
    /^[A-Za-z0-9_-]{43}$/.test(challenge);
  return ok ? { redirectUri, state, challenge } : undefined;
}

function isLocalConsole(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname) && url.pathname === '/staff' && !url.search;
  } catch {
    return false;
  }
}

function exchangeCode(codes: Map<string, PendingCode>, signer: DevTokenSigner, form: URLSearchParams | undefined): Reply {
  const code = form?.get('code') ?? '';
  const pending = codes.get(code);
  codes.delete(code);
  const verifier = form?.get('code_verifier') ?? '';
  const valid =
    pending !== undefined &&
    pending.expiresAt > Date.now() &&
    form?.get('grant_type') === 'authorization_code' &&
    form.get('client_id') === DEV_LOGIN_CLIENT_ID &&
    form.get('redirect_uri') === pending.redirectUri &&
    createHash('sha256').update(verifier).digest('base64url') === pending.challenge;
  if (!valid) return json(400, { error: 'invalid_grant' });
  return json(200, { id_token: signer.sign(pending.subject), token_type: 'Bearer', expires_in: 3600 });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function chooserPage(staff: readonly DevTokenSubject[], request: AuthorizeRequest): string {
  const hidden = Object.entries({
    response_type: 'code',
    client_id: DEV_LOGIN_CLIENT_ID,
    redirect_uri: request.redirectUri,
    state: request.state,
    code_challenge: request.challenge,
    code_challenge_method: 'S256',
  })
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  const forms = staff
    .map(
      (member) =>
        `<form method="post" action="${DEV_LOGIN_PATH}">${hidden}<input type="hidden" name="staff" value="${escapeHtml(member.sub)}"><button type="submit">${escapeHtml(member.name)} · ${member.role === 'supervisor' ? 'supervisor' : 'petugas'} · ${escapeHtml(member.tenantId)}</button></form>`,
    )
    .join('\n');
  return page(
    'Masuk (lokal)',
    `<p class="warning">Halaman masuk untuk pengembangan lokal saja. Tidak ada di server yang dideploy; di cloud petugas masuk lewat Amazon Cognito.</p>
<h2>Masuk sebagai</h2>
${forms}`,
  );
}

function errorPage(): string {
  return page('Permintaan masuk tidak valid', '<p>Buka konsol di <a href="/staff">/staff</a> lalu pilih Masuk.</p>');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Lapor Aman</title><link rel="icon" href="data:,"><style>${PAGE_STYLE}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>
${body}
</main></body>
</html>
`;
}
