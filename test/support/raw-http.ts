/**
 * Requests exactly as given (any bytes, any headers, any method) from a chosen local address, with a deadline:
 * what fuzzing, fault and abuse tests need and `fetch` will not do. Every address in 127.0.0.0/8 is this
 * machine, so `from: '127.0.0.2'` is another client network as the server sees it.
 */
import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { connect } from 'node:net';

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

/** The ways a client can leave a request unfinished. */
export const ABORT_WAYS = ['half a body', 'bad chunk', 'reset', 'slow headers'] as const;
export type AbortWay = (typeof ABORT_WAYS)[number];

/** Long enough for the server to have read what was sent before the client gives up (pacing, not an assertion). */
const SERVER_READ_PAUSE_MS = 100;

/**
 * Starts `method path` on a fresh connection and leaves it unfinished: half of a promised body then a
 * close, a chunked body with a chunk that does not parse, a TCP reset mid-body, or headers that trickle
 * and stop. Resolves once the connection is gone; whatever the server answered (if anything) is ignored.
 */
export function abortRequest(baseUrl: string, method: string, path: string, way: AbortWay): Promise<void> {
  const { port } = new URL(baseUrl);
  const head = `${method} ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n`;
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
    socket.resume();
    const later = (act: () => void) => setTimeout(act, SERVER_READ_PAUSE_MS);
    socket.on('connect', () => {
      if (way === 'half a body') {
        socket.write(`${head}Content-Length: 1000\r\n\r\n{"narrative":"Tolong`);
        later(() => socket.end());
      } else if (way === 'bad chunk') {
        socket.write(`${head}Transfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n`);
        later(() => socket.end('ZZ\r\nnot a chunk\r\n'));
      } else if (way === 'reset') {
        socket.write(`${head}Content-Length: 1000\r\n\r\n{"a":`);
        later(() => socket.resetAndDestroy());
      } else {
        socket.write(head.slice(0, head.length - 12));
        later(() => {
          socket.write('Content');
          later(() => socket.destroy());
        });
      }
    });
  });
}
