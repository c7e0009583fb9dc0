import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphApiClient } from '#shared/channels/whatsapp/graph-api-client.js';
import { MediaUnavailableError, WhatsAppApiError } from '#shared/channels/whatsapp/ports.js';
import type { Tenant } from '#shared/tenancy/tenant.js';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

/** A stand-in for graph.facebook.com on 127.0.0.1: routes by path, records every request. */
let server: Server;
let base: string;
const seen: Seen[] = [];
let routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {};

beforeAll(async () => {
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(req, res);
    else json(res, 404, { error: { code: 100, message: 'Unsupported get request' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  seen.length = 0;
  routes = {};
});

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const tenant = { id: 'blora', whatsapp: { phoneNumberId: '106540352242922', accessTokenSecretName: 'token-name' } } as Tenant;
const client = (maxMediaBytes = 1024) =>
  new GraphApiClient(
    { accessToken: async (t) => `token-of-${t.id}` },
    { baseUrl: base, version: 'v25.0', maxMediaBytes, isAllowedMediaUrl: (url) => url.origin === base },
  );

describe('GraphApiClient.send', () => {
  it('posts the message to the tenant number with the tenant access token', async () => {
    // Prepare
    routes['/v25.0/106540352242922/messages'] = (_req, res) =>
      json(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: '628', wa_id: '628' }], messages: [{ id: 'wamid.X' }] });

    // Act
    await client().send(tenant, { phone: '6281234567891' }, { kind: 'buttons', text: 'Pilih', buttons: [{ id: 'a', title: 'A' }] });

    // Assess
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', authorization: 'Bearer token-of-blora' });
    expect(JSON.parse(seen[0]?.body ?? '')).toMatchObject({ to: '6281234567891', type: 'interactive' });
  });

  it('throws Meta’s error code and nothing of its message when the Graph API refuses', async () => {
    // Prepare
    routes['/v25.0/106540352242922/messages'] = (_req, res) =>
      json(res, 400, { error: { message: 'Re-engagement message to 6281234567891', code: 131047 } });

    // Act
    const error = await client().send(tenant, { phone: '6281234567891' }, { kind: 'text', text: 'x' }).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(WhatsAppApiError);
    expect(error).toMatchObject({ status: 400, code: 131047 });
    expect(String((error as Error).message)).not.toContain('6281234567891');
  });
});

describe('GraphApiClient.download', () => {
  const file = Buffer.from('OggS voice note bytes');
  const sha256 = createHash('sha256').update(file).digest('hex');

  function mediaRoutes(info: Record<string, unknown>, fileStatus = 200) {
    routes['/v25.0/1003383421387257'] = (_req, res) =>
      json(res, 200, { messaging_product: 'whatsapp', url: `${base}/cdn/file`, mime_type: 'audio/ogg', sha256, file_size: file.length, id: '1003383421387257', ...info });
    routes['/cdn/file'] = (_req, res) => {
      res.writeHead(fileStatus, { 'content-type': 'audio/ogg' });
      res.end(fileStatus === 200 ? file : '');
    };
  }

  it('fetches the media URL and then the bytes, both with the access token, when the file is available', async () => {
    // Prepare
    mediaRoutes({});

    // Act
    const downloaded = await client().download(tenant, '1003383421387257');

    // Assess
    expect(downloaded).toEqual({ contentType: 'audio/ogg', bytes: file });
    expect(seen.map((s) => s.url)).toEqual(['/v25.0/1003383421387257?phone_number_id=106540352242922', '/cdn/file']);
    expect(seen.every((s) => s.authorization === 'Bearer token-of-blora')).toBe(true);
  });

  it('reports the file as unavailable when it is gone, too large, corrupt or hosted elsewhere', async () => {
    // Prepare
    const attempt = async (info: Record<string, unknown>, options: { fileStatus?: number; max?: number } = {}) => {
      routes = {};
      mediaRoutes(info, options.fileStatus);
      return client(options.max).download(tenant, '1003383421387257').catch((e: unknown) => e);
    };

    // Act
    const gone = await client().download(tenant, 'expired-id').catch((e: unknown) => e);
    const tooLarge = await attempt({}, { max: 4 });
    const corrupt = await attempt({ sha256: 'f'.repeat(64) });
    const elsewhere = await attempt({ url: 'https://attacker.example/file' });
    const cdnGone = await attempt({}, { fileStatus: 404 });

    // Assess
    expect(gone).toEqual(new MediaUnavailableError('not-found'));
    expect(tooLarge).toMatchObject({ reason: 'too-large' });
    expect(corrupt).toMatchObject({ reason: 'corrupt' });
    expect(elsewhere).toMatchObject({ reason: 'not-found' });
    expect(cdnGone).toMatchObject({ reason: 'not-found' });
  });

  it('throws a retryable API error when Meta fails for a moment', async () => {
    // Prepare
    routes['/v25.0/1003383421387257'] = (_req, res) => json(res, 500, { error: { code: 2, message: 'Service temporarily unavailable' } });

    // Act
    const error = await client().download(tenant, '1003383421387257').catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(WhatsAppApiError);
    expect(error).toMatchObject({ status: 500, code: 2 });
  });
});
