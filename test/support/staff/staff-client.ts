/** A staff member talking to the local staff API the way the console does: Bearer ID token, JSON. */
import type { StaffRole } from '#shared/auth/staff-principal.js';
import type { TestRuntime } from '../local-runtime.js';

export interface StaffResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly json: Record<string, any>;
  readonly text: string;
}

export interface StaffClient {
  readonly token: string;
  get(path: string): Promise<StaffResponse>;
  post(path: string, body: unknown): Promise<StaffResponse>;
  put(path: string, body: unknown): Promise<StaffResponse>;
}

export function staffClient(runtime: TestRuntime, tenantId: string, role: StaffRole = 'responder'): StaffClient {
  return clientWithToken(runtime, runtime.staff.login.tokenFor(tenantId, role));
}

/** A person of the regency's directory, signed in by the dev login with their e-mail. */
export function personClient(
  runtime: TestRuntime,
  tenantId: string,
  person: { readonly email: string; readonly name: string; readonly role: StaffRole },
): StaffClient {
  return clientWithToken(runtime, runtime.staff.login.signer.sign({ sub: `dev-${person.email}`, tenantId, ...person }));
}

function clientWithToken(runtime: TestRuntime, token: string): StaffClient {
  const send = async (method: string, path: string, body?: unknown): Promise<StaffResponse> => {
    const response = await fetch(`${runtime.url}/api/v1/staff${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
    return { status: response.status, headers: response.headers, json: isJson ? JSON.parse(text) : {}, text };
  };
  return {
    token,
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
    put: (path, body) => send('PUT', path, body),
  };
}

/** Submits a report through the public JSON API and returns the new case's id as staff see it. */
export async function reportCase(
  runtime: TestRuntime,
  tenantId: string,
  report: Record<string, unknown>,
): Promise<{ caseId: string; reference: string }> {
  const response = await fetch(`${runtime.url}/api/v1/${tenantId}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  const { reference } = (await response.json()) as { reference: string };
  const item = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === reference);
  if (!item) throw new Error(`report to ${tenantId} was not stored`);
  return { caseId: String(item.caseId), reference };
}
