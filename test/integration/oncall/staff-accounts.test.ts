import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { type StaffClient, staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
let blora: StaffClient;
let mesuji: StaffClient;
beforeAll(async () => {
  runtime = await startTestRuntime();
  blora = staffClient(runtime, 'blora', 'supervisor');
  mesuji = staffClient(runtime, 'mesuji', 'supervisor');
});
afterAll(async () => {
  await runtime.stop();
});

const person = (email: string, role = 'responder') => ({ name: 'Rina Kusuma', role, email, phone: '081234567101' });
const accountOf = (email: string) => runtime.staff.adminDeps.accounts.find(email);

describe('staff accounts behind the directory (staff-admin)', () => {
  it('creates the sign-in account for the token\'s regency and role when a supervisor adds a person', async () => {
    // Act
    const added = await blora.post('/directory', person('rina@blora.example'));

    // Assess
    expect(added.status).toBe(201);
    expect(await accountOf('rina@blora.example')).toMatchObject({ tenantId: 'blora', role: 'responder', enabled: true });
  });

  it('completes an add whose account was made before a failure (the retry is not an error)', async () => {
    // Prepare: the account exists, the directory entry does not (as after a crash between the two writes)
    await runtime.staff.adminDeps.accounts.ensureAccount({ tenantId: 'blora', email: 'yudi@blora.example', name: 'Yudi', role: 'supervisor' });

    // Act
    const retried = await blora.post('/directory', person('yudi@blora.example', 'supervisor'));

    // Assess
    expect(retried.status).toBe(201);
    expect((await blora.get('/directory')).json.people.map((p: { email: string }) => p.email)).toContain('yudi@blora.example');
  });

  it('refuses a Mesuji supervisor adding an e-mail that signs in for Blora (409), and adds nobody', async () => {
    // Prepare
    await blora.post('/directory', person('tono@blora.example'));

    // Act
    const refused = await mesuji.post('/directory', person('tono@blora.example'));

    // Assess
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('STAFF_ACCOUNT_OTHER_REGENCY');
    expect(refused.json.message).toMatchObject({ id: expect.any(String), en: expect.any(String) });
    expect((await mesuji.get('/directory')).json.people).toEqual([]);
    expect(await accountOf('tono@blora.example')).toMatchObject({ tenantId: 'blora', enabled: true });
  });

  it('disables and re-enables the account with the person, and a Mesuji supervisor cannot reach a Blora person', async () => {
    // Prepare
    const { json: added } = await blora.post('/directory', person('wati@blora.example'));

    // Act
    const fromMesuji = await mesuji.post(`/directory/${added.personId}/active`, { active: false, expectedVersion: 1 });
    const disabled = await blora.post(`/directory/${added.personId}/active`, { active: false, expectedVersion: 1 });
    const whileDisabled = await accountOf('wati@blora.example');
    const enabled = await blora.post(`/directory/${added.personId}/active`, { active: true, expectedVersion: 2 });

    // Assess
    expect(fromMesuji.status).toBe(404);
    expect(disabled.json.active).toBe(false);
    expect(whileDisabled?.enabled).toBe(false);
    expect(enabled.json.active).toBe(true);
    expect(await accountOf('wati@blora.example')).toMatchObject({ enabled: true });
  });

  it('refuses a responder adding or disabling anyone (403) before any account is touched', async () => {
    // Act
    const refused = await staffClient(runtime, 'blora').post('/directory', person('eko@blora.example'));

    // Assess
    expect(refused.status).toBe(403);
    expect(await accountOf('eko@blora.example')).toBeUndefined();
  });
});
