/**
 * A local stand-in for API Gateway HTTP API: turns a Node request into a payload-v2 event, calls the
 * same Lambda handler, and writes its structured result back. Like API Gateway, it calls a function only
 * with a whole request: a client that goes away mid-body ends that request, never the server.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Context } from 'aws-lambda';
import type { HttpEvent, HttpResult } from '#shared/http/http-types.js';
import { matchRoute, pathHasOtherMethods, type RouteDefinition } from '#shared/http/routes.js';
import { BASE_SECURITY_HEADERS } from '#shared/http/security-headers.js';

export type LambdaHttpHandler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

/** API Gateway's own payload limit. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const TEXT_TYPES = /^(application\/json|text\/)/i;

export interface BridgeOptions {
  readonly routes: readonly RouteDefinition[];
  readonly handlers: Readonly<Record<string, LambdaHttpHandler>>;
  /** One line per request: method, route, status, ms. Never bodies. */
  readonly logRequest: (line: string) => void;
}

export function createApiGatewayBridge(options: BridgeOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const matched = matchRoute(options.routes, method, url.pathname);
    const routeKey = matched?.route.routeKey ?? `${method} (no route)`;
    const body = await readBody(req);
    if (body === 'aborted') {
      // Nobody is left to answer, and a function never sees half a request.
      options.logRequest(`${routeKey} aborted by the client`);
      return;
    }
    let result: HttpResult;
    if (!matched) {
      result = gatewayError(pathHasOtherMethods(options.routes, url.pathname) ? 405 : 404);
    } else {
      const handler = options.handlers[matched.route.functionName];
      if (body === 'too-large') result = gatewayError(413);
      else if (!handler) result = gatewayError(502);
      else {
        const event = toEvent(req, url, method, matched.route.routeKey, matched.pathParameters, body);
        result = await handler(event, lambdaContext(matched.route.functionName)).catch(() => gatewayError(502));
      }
    }
    writeResult(res, result);
    const ms = (performance.now() - started).toFixed(1);
    // The route template, not the path: a path may carry anything a client typed.
    options.logRequest(`${routeKey} ${result.statusCode ?? 200} ${ms}ms`);
  };
}

/**
 * The last line of defence of the local server: whatever a request listener throws or rejects with, and
 * whatever error a request or response stream emits (a reset, a broken chunk), ends that one request and
 * leaves the process and every other request alone.
 */
export function isolateRequests(listener: RequestListener): RequestListener {
  return (req, res) => {
    // Without listeners, an 'error' on either stream is an uncaught exception: the whole process would go.
    req.on('error', ignore);
    res.on('error', ignore);
    Promise.resolve()
      .then(() => listener(req, res))
      .catch(() => {
        if (res.headersSent || res.destroyed) res.destroy();
        else writeResult(res, gatewayError(502));
      });
  };
}

function ignore(): void {
  // The request is over for its client; the server carries on.
}

function toEvent(
  req: IncomingMessage,
  url: URL,
  method: string,
  routeKey: string,
  pathParameters: Record<string, string>,
  body: Buffer,
): HttpEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const isText = TEXT_TYPES.test(headers['content-type'] ?? '');
  const now = new Date();
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: headers.cookie?.split(/;\s*/),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: Object.keys(pathParameters).length ? pathParameters : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0] ?? 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? body.toString(isText ? 'utf8' : 'base64') : undefined,
    isBase64Encoded: body.length > 0 && !isText,
  };
}

function lambdaContext(functionName: string): Context {
  const deadline = Date.now() + 29_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * The whole body, or what became of it: over API Gateway's limit (the rest is drained, so the answer
 * arrives), or aborted (the client disconnected, reset, or sent chunked encoding that does not parse).
 */
async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large' | 'aborted'> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
    }
  } catch {
    return 'aborted';
  }
  // A stream that ended without its promised bytes was cut off, even if no error was raised.
  if (!req.complete) return 'aborted';
  return size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks);
}

/** The bodies API Gateway itself sends when no integration answers, with the headers every answer of ours carries. */
function gatewayError(statusCode: number): HttpResult {
  const messages: Record<number, string> = {
    404: 'Not Found',
    405: 'Method Not Allowed',
    413: 'Request Entity Too Large',
    502: 'Internal Server Error',
  };
  return {
    statusCode,
    headers: { ...BASE_SECURITY_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify({ message: messages[statusCode] ?? 'Error' }),
  };
}

function writeResult(res: ServerResponse, result: HttpResult): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body = result.body ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  headers['content-length'] = String(body.length);
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(body);
}
