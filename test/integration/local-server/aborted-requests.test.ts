import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '#shared/http/routes.js';
import { LOCAL_OUTBOX_PATH } from '#local/local-outbox-route.js';
import { LOCAL_WHATSAPP_OUTBOX_PATH } from '#local/whatsapp-routes.js';
import { DEV_LOGIN_PATH, DEV_LOGIN_TOKEN_PATH } from '#local/dev-login-route.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { ABORT_WAYS, abortRequest, postJsonFrom } from '../../support/raw-http.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CONNECTIONS_PER_ROUTE = 50;

/** Every route `npm start` serves: the route table's, the local-only ones, and a path nobody serves. */
const TARGETS = [
  ...ROUTES.map((route) => {
    const [method = 'GET', template = '/'] = route.routeKey.split(' ');
    return { method, path: template.replace('{tenant}', 'blora').replace('{caseId}', '01JCASE00000000000000000000') };
  }),
  ...[LOCAL_OUTBOX_PATH, LOCAL_WHATSAPP_OUTBOX_PATH, DEV_LOGIN_PATH, DEV_LOGIN_TOKEN_PATH, '/nowhere'].flatMap((path) => [
    { method: 'GET', path },
    { method: 'POST', path },
  ]),
];

interface StartedServer {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
}

/** `npm start` itself (tsx local/start.ts) on a free port and a fresh data folder: a crash would end the process. */
function startServer(dataDir: string): Promise<StartedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LAPOR_AMAN_DATA_DIR: dataDir, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = output.match(/(http:\/\/localhost:\d+)\/blora\/lapor/)?.[1];
      if (url) resolve({ child, url, output: () => output });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before listening:\n${output}`)));
  });
}

describe('the local server (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lapor-aman-abort-'));
  let server: StartedServer;

  beforeAll(async () => {
    server = await startServer(dataDir);
  }, 90_000);

  afterAll(() => {
    server?.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stays up and accepts a report after clients abort mid-request in every way on every route', async () => {
    // Act
    for (const target of TARGETS) {
      await Promise.all(
        Array.from({ length: CONNECTIONS_PER_ROUTE }, (_, i) =>
          abortRequest(server.url, target.method, target.path, ABORT_WAYS[i % ABORT_WAYS.length] ?? 'reset'),
        ),
      );
    }
    const report = await postJsonFrom(server.url, '/api/v1/blora/reports', namedReportJson()).catch((error: Error) => error);

    // Assess
    expect(server.child.exitCode, server.output().slice(-2000)).toBeNull();
    if (report instanceof Error) throw report;
    expect(report.status).toBe(201);
    expect(report.json.reference).toMatch(/^BLR-\d{4}-\d{5}$/);
    // The route that used to take the process down was reached and its aborted body let go.
    expect(server.output()).toContain('POST /api/v1/{tenant}/reports aborted by the client');
    expect(server.output()).not.toMatch(/Unhandled|uncaught|ECONNRESET|Error:/i);
  }, 240_000);
});
