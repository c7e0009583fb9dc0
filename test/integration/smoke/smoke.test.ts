import { execFile } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';

const root = new URL('../../../', import.meta.url).pathname;
const SMOKE_TIMEOUT_MS = 90_000;

interface SmokeRun {
  readonly exitCode: number;
  readonly lines: string[];
  readonly errors: string[];
}

/** `npm run smoke -- …` as an IT officer runs it, in its own process. */
function smoke(...args: string[]): Promise<SmokeRun> {
  return new Promise((resolve) => {
    execFile(
      `${root}node_modules/.bin/tsx`,
      ['infra/smoke/cli.ts', ...args],
      { cwd: root, env: { ...process.env, AWS_REGION: '' }, timeout: SMOKE_TIMEOUT_MS },
      (error, stdout, stderr) => {
        const lines = (text: string) => text.split('\n').filter(Boolean);
        resolve({ exitCode: error ? Number(error.code ?? 1) : 0, lines: lines(stdout), errors: lines(stderr) });
      },
    );
  });
}

/** A front for the runtime whose webhook, unlike the real one, takes any body: a deliberately broken check. */
function webhookAcceptingAnything(target: string): Promise<Server> {
  const upstream = new URL(target);
  const proxy = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/webhooks/whatsapp') {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forward);
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(proxy)));
}

const marks = (run: SmokeRun, mark: string) => run.lines.filter((line) => line.startsWith(mark));
const testCases = async (runtime: TestRuntime) =>
  (await runtime.scanAll()).filter((item) => item.type === 'Case' && item.tenantId === 'uji-coba');

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

// Each run is a process of its own (tsx starting up): more than the integration project's default allows.
describe('npm run smoke', { timeout: SMOKE_TIMEOUT_MS }, () => {
  it('passes every check against the local runtime and removes its test case', async () => {
    // Act
    const run = await smoke('--api', runtime.url);

    // Assess
    expect(run.exitCode).toBe(0);
    expect(run.lines[0]).toBe(`Lapor Aman smoke test of ${runtime.url} (the local runtime), test regency uji-coba`);
    expect(marks(run, '✓').map((line) => line.split(':')[0])).toEqual([
      '✓ the report form answers',
      '✓ a report is accepted',
      '✓ its alert reaches the SMS delivery log',
      '✓ the staff API refuses an unsigned call',
      '✓ the WhatsApp webhook refuses an unsigned body',
      '✓ its test case is cleaned up',
    ]);
    expect(run.lines.at(-1)).toBe('All 6 checks passed.');
    expect(await testCases(runtime)).toEqual([]);
  });

  it('fails with one line naming the check when the webhook takes an unsigned body', async () => {
    // Prepare
    const broken = await webhookAcceptingAnything(runtime.url);
    const { port } = broken.address() as AddressInfo;

    // Act
    const run = await smoke('--api', `http://127.0.0.1:${port}`);
    broken.close();

    // Assess
    expect(run.exitCode).toBe(1);
    expect(marks(run, '✗')).toEqual([
      '✗ the WhatsApp webhook refuses an unsigned body: POST /webhooks/whatsapp answered 200 and 200 to an unsigned and a wrongly signed body, expected 401',
    ]);
    expect(marks(run, '✓')).toHaveLength(5);
    expect(run.lines.at(-1)).toBe('1 of 6 checks did not pass: the WhatsApp webhook refuses an unsigned body.');
  });

  it('fails the SMS check when the carrier refuses the alert, naming the reason, and still cleans up', async () => {
    // Prepare
    await postJson(`${runtime.url}/_local/sms/carrier-failures`, { refuseNext: 1 });

    // Act
    const run = await smoke('--api', runtime.url);

    // Assess
    expect(run.exitCode).toBe(1);
    expect(marks(run, '✗')).toEqual([
      expect.stringMatching(/^✗ its alert reaches the SMS delivery log: the carrier did not deliver the alert SMS \(blocked; message [0-9a-f-]{36}\)$/),
    ]);
    expect(marks(run, '✓ its test case is cleaned up')).toHaveLength(1);
    expect(await testCases(runtime)).toEqual([]);
  });

  it('refuses to file anything against a regency that is not marked as a test regency', async () => {
    // Prepare
    const before = (await runtime.scanAll()).filter((item) => item.type === 'Case').length;

    // Act
    const run = await smoke('--api', runtime.url, '--tenant', 'blora');

    // Assess
    expect(run.exitCode).toBe(2);
    expect(run.lines).toEqual([]);
    expect(run.errors).toEqual([
      'refused: blora is a real regency (not marked "smokeTest": true in config/tenants.json); nothing was filed',
    ]);
    expect((await runtime.scanAll()).filter((item) => item.type === 'Case')).toHaveLength(before);
  });

  it('says in one line that it could not reach a wrong API address', async () => {
    // Prepare
    const closed = await webhookAcceptingAnything(runtime.url);
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    // Act
    const run = await smoke('--api', `http://127.0.0.1:${port}`);

    // Assess
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['The smoke test itself failed: TypeError: fetch failed']);
  });
});
