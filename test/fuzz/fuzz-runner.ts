/** Runs one route's generator against the live runtime with fast-check and counts what came back. */
import * as fc from 'fast-check';
import { sendRaw } from '../support/raw-http.js';
import { answerProblems, type Expectation } from './answer-rules.js';
import { fuzzParameters, REQUEST_TIMEOUT_MS } from './fuzz-settings.js';
import type { FuzzRequest } from './route-fuzzers.js';

export class RouteTally {
  cases = 0;
  readonly statuses = new Map<number, number>();

  constructor(readonly routeKey: string) {}

  count(status: number): void {
    this.cases++;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  get serverErrors(): number {
    return [...this.statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
  }

  /** `POST /… 10000 cases: 201×2714 400×6530 … 5xx: 0` */
  toString(): string {
    const statuses = [...this.statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ');
    return `${this.routeKey.padEnd(48)} ${String(this.cases).padStart(6)} cases: ${statuses}  5xx: ${this.serverErrors}`;
  }
}

/** Node's HTTP parser refuses a request line and headers over 16 KB before any route or handler sees them. */
const HEADER_LIMIT_BYTES = 16 * 1024;
/** What the client adds on its own (host, content-length, connection): a request this close may be refused. */
const CLIENT_HEADER_SLACK_BYTES = 512;
const REFUSED_BEFORE_ROUTING: Expectation = { kind: 'api', statuses: [431] };

function headerBytes(request: FuzzRequest): number {
  const lines = Object.entries(request.headers ?? {}).map(([name, value]) => `${name}: ${value}\r\n`);
  return Buffer.byteLength(`${request.method} ${request.path} HTTP/1.1\r\n${lines.join('')}`);
}

/** A request over the header limit is answered 431 in the JSON error shape, whatever its route would say. */
function expectationFor(request: FuzzRequest, status: number): Expectation {
  const overLimit = headerBytes(request) > HEADER_LIMIT_BYTES - CLIENT_HEADER_SLACK_BYTES;
  return status === 431 && overLimit ? REFUSED_BEFORE_ROUTING : request.expect;
}

export async function fuzzRoute(baseUrl: string, routeKey: string, requests: fc.Arbitrary<FuzzRequest>): Promise<RouteTally> {
  const tally = new RouteTally(routeKey);
  await fc.assert(
    fc.asyncProperty(requests, async (fuzzed) => {
      const response = await sendRaw(baseUrl, fuzzed, REQUEST_TIMEOUT_MS);
      tally.count(response.status);
      const problems = answerProblems(expectationFor(fuzzed, response.status), response);
      if (problems.length > 0) {
        const type = String(response.headers['content-type'] ?? '');
        throw new Error(`${problems.join('; ')}\n    answered ${response.status} ${type}: ${response.text.slice(0, 400)}`);
      }
    }),
    fuzzParameters(),
  );
  return tally;
}
