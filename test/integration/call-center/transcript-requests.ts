/** Posting call transcripts to the local runtime as a call system does. */
import { postJson } from '../../support/http.js';
import type { TestRuntime } from '../../support/local-runtime.js';

/** POSTs a body with the tenant's local call-center key. */
export const postTranscript = (runtime: TestRuntime, body: unknown, tenant: string) =>
  postJson(`${runtime.url}/api/v1/call-center/transcripts`, body, { 'x-api-key': runtime.callCenterKeys[tenant] ?? '' });

let calls = 0;

/** Gives a fixture a call id no other test uses, so each test files its own case. */
export function freshCall(body: Record<string, any>): Record<string, any> {
  body.call.callId = `${body.call.callId}-${++calls}`;
  return body;
}
