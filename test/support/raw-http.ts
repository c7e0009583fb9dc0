/**
 * Requests exactly as given (any bytes, any headers, any method) from a chosen local address, with a deadline:
 * what fuzzing, fault and abuse tests need and `fetch` will not do. Every address in 127.0.0.0/8 is this
 * machine, so `from: '127.0.0.2'` is another client network as the server sees it.
 */
import { Agent, type IncomingHttpHeaders, request } from 'node:http';

export interface RawRequest {
  readonly method: string;
  /** Path and query, sent as they are (not normalised or re-encoded). */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer | string;
  /** The client's source address (an address of this machine). */
  readonly from?: string;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly text: string;
  /** Time from sending to the last byte. */
  readonly ms: number;
}

export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
}

const agents = new Map<string, Agent>();
/** One keep-alive pool per source address: thousands of fuzz cases need no thousands of connections. */
function agentFor(from: string | undefined): Agent {
  const key = from ?? '';
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: 16, ...(from ? { localAddress: from } : {}) });
    agents.set(key, agent);
  }
  return agent;
}

export function sendRaw(baseUrl: string, raw: RawRequest, timeoutMs = 10_000): Promise<RawResponse> {
  const { port } = new URL(baseUrl);
  const body = raw.body === undefined ? undefined : Buffer.isBuffer(raw.body) ? raw.body : Buffer.from(raw.body, 'utf8');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: Number(port),
      method: raw.method,
      path: raw.path,
      headers: { ...(body ? { 'content-length': String(body.length) } : {}), ...raw.headers },
      agent: agentFor(raw.from),
    });
    const timer = setTimeout(() => {
      req.destroy(new RequestTimeoutError(`no answer within ${timeoutMs} ms: ${raw.method} ${raw.path.slice(0, 80)}`));
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        clearTimeout(timer);
        const bytes = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: bytes,
          text: bytes.toString('utf8'),
          ms: performance.now() - started,
        });
      });
    });
    req.end(body);
  });
}

/** JSON in, JSON out, from a chosen client address. */
export async function postJsonFrom(
  baseUrl: string,
  path: string,
  body: unknown,
  options: { readonly from?: string; readonly headers?: Readonly<Record<string, string>> } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; json: Record<string, any> }> {
  const response = await sendRaw(baseUrl, {
    method: 'POST',
    path,
    from: options.from,
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: JSON.parse(response.text) };
}
