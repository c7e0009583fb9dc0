import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '#shared/http/routes.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The console's half of the sign-in: what it sends to the authorization endpoint. */
function authorizeQuery(overrides: Record<string, string> = {}) {
  const verifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: 'lapor-aman-local-console',
    redirect_uri: `${runtime.url}/staff`,
    scope: 'openid email profile',
    state: 'state123',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...overrides,
  });
  return { verifier, params };
}

async function chooseStaff(params: URLSearchParams, staff: string) {
  const response = await fetch(`${runtime.url}/_local/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...Object.fromEntries(params), staff }).toString(),
    redirect: 'manual',
  });
  return new URL(response.headers.get('location') ?? '', runtime.url);
}

const exchange = (code: string, verifier: string) =>
  fetch(`${runtime.url}/_local/dev-login/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'lapor-aman-local-console',
      code,
      redirect_uri: `${runtime.url}/staff`,
      code_verifier: verifier,
    }).toString(),
  });

describe('GET /staff', () => {
  it('serves the console page with a strict CSP that allows only its own hashed script and style', async () => {
    // Act
    const response = await fetch(`${runtime.url}/staff`);
    const html = await response.text();

    // Assess
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`script-src ${sha256(script)}`);
    expect(csp).toContain(`style-src ${sha256(style)}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toContain('unsafe');
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toContain('no-store');
  });
});

describe('the local dev login', () => {
  it('is mounted by the local runtime only, never in the deployed route table', () => {
    // Assess
    expect(ROUTES.some((route) => route.routeKey.includes('_local') || route.routeKey.includes('dev-login'))).toBe(false);
  });

  it('lists the seeded responder and supervisor of every regency when the console asks to sign in', async () => {
    // Prepare
    const { params } = authorizeQuery();

    // Act
    const response = await fetch(`${runtime.url}/_local/dev-login?${params}`);
    const html = await response.text();

    // Assess
    expect(response.status).toBe(200);
    for (const name of ['Petugas jaga Blora', 'Supervisor Blora', 'Petugas jaga Purwakarta', 'Supervisor Purwakarta', 'Petugas jaga Mesuji', 'Supervisor Mesuji']) {
      expect(html).toContain(name);
    }
  });

  it('issues an ID token the staff API accepts when the code and PKCE verifier match', async () => {
    // Prepare
    const { params, verifier } = authorizeQuery();
    const back = await chooseStaff(params, 'dev-mesuji-supervisor');

    // Act
    const tokens = (await (await exchange(back.searchParams.get('code') ?? '', verifier)).json()) as Record<string, string>;
    const me = await fetch(`${runtime.url}/api/v1/staff/me`, { headers: { authorization: `Bearer ${tokens.id_token}` } });

    // Assess
    expect(back.pathname).toBe('/staff');
    expect(back.searchParams.get('state')).toBe('state123');
    expect(tokens.token_type).toBe('Bearer');
    expect(((await me.json()) as Record<string, any>).staff).toMatchObject({ tenantId: 'mesuji', role: 'supervisor' });
  });

  it('refuses a code with the wrong verifier, and a code used twice', async () => {
    // Prepare
    const first = authorizeQuery();
    const stolen = await chooseStaff(first.params, 'dev-blora-responder');
    const second = authorizeQuery();
    const reused = await chooseStaff(second.params, 'dev-blora-responder');
    await exchange(reused.searchParams.get('code') ?? '', second.verifier);

    // Act
    const wrongVerifier = await exchange(stolen.searchParams.get('code') ?? '', 'x'.repeat(43));
    const again = await exchange(reused.searchParams.get('code') ?? '', second.verifier);

    // Assess
    expect([wrongVerifier.status, again.status]).toEqual([400, 400]);
  });

  it('answers 400 when the redirect leaves the local console or PKCE is missing', async () => {
    // Act
    const elsewhere = await fetch(`${runtime.url}/_local/dev-login?${authorizeQuery({ redirect_uri: 'https://evil.example/staff' }).params}`);
    const plain = await fetch(`${runtime.url}/_local/dev-login?${authorizeQuery({ code_challenge_method: 'plain' }).params}`);

    // Assess
    expect([elsewhere.status, plain.status]).toEqual([400, 400]);
  });
});
