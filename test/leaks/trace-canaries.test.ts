/**
 * Personal data and the observability every function carries (shared/observability): the X-Ray documents
 * the tracer emits, switched on here as in Lambda and caught by a UDP sink in place of the X-Ray daemon,
 * and the Lambda context the logger injects into every line. Neither may carry a canary.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Before any import constructs the tracer: Lambda's own environment, with tracing on and what infra sets.
vi.hoisted(() => {
  Object.assign(process.env, {
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    LAMBDA_TASK_ROOT: '/var/task',
    _X_AMZN_TRACE_ID: 'Root=1-6750a1b2-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=1',
    POWERTOOLS_TRACE_ENABLED: 'true',
    POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
    POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
    // Even if someone switched event logging on, the middleware's explicit `logEvent: false` holds.
    POWERTOOLS_LOGGER_LOG_EVENT: 'true',
  });
});

import xray from 'aws-xray-sdk-core';
import { tracer } from '#shared/observability/tracer.js';
import { NO_ABUSE_LIMITS } from '../support/abuse-limits.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { postJsonFrom } from '../support/raw-http.js';
import { staffClient } from '../support/staff/staff-client.js';
import { canariesIn, STAFF_NOTE, WEB, webCanaryReport } from './canaries.js';
import { captureOutput } from './output-capture.js';

const traceDocuments: string[] = [];
const logs: string[] = [];
let sink: Socket;
let runtime: TestRuntime;

beforeAll(async () => {
  sink = createSocket('udp4');
  sink.on('message', (datagram) => traceDocuments.push(datagram.toString('utf8')));
  await new Promise<void>((resolve) => sink.bind(0, '127.0.0.1', resolve));
  xray.setDaemonAddress(`127.0.0.1:${(sink.address() as AddressInfo).port}`);
  const output = captureOutput();
  try {
    runtime = await startTestRuntime({ logLevel: 'DEBUG', abuseLimits: NO_ABUSE_LIMITS });
    await reportAndHandleOneCase();
    // UDP is asynchronous: the last subsegments arrive just after their calls.
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    output.stop();
    logs.push(...output.lines, ...(runtime?.printed ?? []));
  }
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
  sink?.close();
});

/** A named web report, a refused one, a status check with a wrong code, and staff reading and noting it. */
async function reportAndHandleOneCase(): Promise<void> {
  const report = webCanaryReport();
  const accepted = await postJsonFrom(runtime.url, '/api/v1/blora/reports', report);
  expect(accepted.status).toBe(201);
  const refused = await postJsonFrom(runtime.url, '/api/v1/blora/reports', { ...report, location: { kecamatan: WEB.address } });
  expect(refused.status).toBe(400);
  await postJsonFrom(runtime.url, '/api/v1/blora/reports/status', { reference: accepted.json.reference, trackingCode: WEB.nik });
  const staff = staffClient(runtime, 'blora');
  const stored = (await runtime.scanAll()).find((item) => item.type === 'Case' && item.reference === accepted.json.reference);
  const path = `/cases/${String(stored?.caseId)}`;
  const view = await staff.get(path);
  // The staff view holds the decrypted narrative: the handler's response it is, never trace metadata.
  expect(view.text).toContain(WEB.narrative);
  await staff.post(`${path}/notes`, { text: STAFF_NOTE.text, action: 'pendampingan', expectedVersion: view.json.version });
  await staff.get('/export/cases.csv');
}

describe('traces and log context (canaries)', () => {
  it('traces the handlers and their DynamoDB calls while tracing is on', () => {
    // Assess
    expect(tracer.isTracingEnabled()).toBe(true);
    const documents = traceDocuments.join('\n');
    expect(documents).toContain('"name":"DynamoDB"');
    expect(documents).toContain('"ColdStart"');
  });

  it('puts no canary in any trace document, responses and errors included', () => {
    // Assess
    expect(traceDocuments.length).toBeGreaterThan(0);
    expect(canariesIn(traceDocuments)).toEqual([]);
  });

  it('logs with the Lambda context (request id, cold start, function name) and no canary in it', () => {
    // Assess
    const withContext = logs.filter((line) => line.includes('"function_request_id"'));
    expect(withContext.length).toBeGreaterThan(0);
    expect(withContext.join('\n')).toMatch(/"cold_start":(true|false)/);
    expect(withContext.join('\n')).toContain('"function_name":"staff-api"');
    expect(canariesIn(logs)).toEqual([]);
  });
});
