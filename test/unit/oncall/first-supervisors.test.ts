import { describe, expect, it } from 'vitest';
import { createFirstSupervisorsHandler, isCustomResourceRequest } from '#functions/staff-admin/first-supervisors.js';
import { StaffAccountConflictError } from '#shared/oncall/errors.js';
import type { StaffAccount, StaffAccounts } from '#shared/oncall/staff-accounts.js';

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Accounts as a user pool keeps them: one per e-mail; another regency's e-mail is refused. */
function poolOf(existing: StaffAccount[] = []): StaffAccounts & { readonly accounts: Map<string, StaffAccount> } {
  const accounts = new Map(existing.map((account) => [account.email, account]));
  return {
    accounts,
    ensureAccount: async (account) => {
      const found = accounts.get(account.email);
      if (found && found.tenantId !== account.tenantId) throw new StaffAccountConflictError('other-regency');
      if (found) return 'existed';
      accounts.set(account.email, account);
      return 'created';
    },
    setSignInEnabled: async () => {},
  };
}

const request = (type: 'Create' | 'Update' | 'Delete', supervisors: Record<string, { email: string; name: string }>) => ({
  RequestType: type,
  ResponseURL: 'https://cloudformation-custom-resource-response-apsoutheast3.s3.amazonaws.com/signed',
  StackId: 'arn:aws:cloudformation:ap-southeast-3:123456789012:stack/LaporAman-Core/1',
  RequestId: 'req-1',
  LogicalResourceId: 'FirstSupervisors',
  ServiceToken: 'arn:aws:lambda:ap-southeast-3:123456789012:function:staff-admin',
  ResourceType: 'Custom::FirstSupervisors',
  ResourceProperties: { ServiceToken: 'arn:aws:lambda:…', supervisors },
});

const answered = () => {
  const answers: { url: string; body: Record<string, unknown> }[] = [];
  return { answers, answer: async (url: string, body: string) => void answers.push({ url, body: JSON.parse(body) }) };
};

describe('first supervisors (CloudFormation custom resource of staff-admin)', () => {
  it('creates the missing supervisors of each regency and answers SUCCESS, again without a second account', async () => {
    // Prepare
    const pool = poolOf();
    const { answers, answer } = answered();
    const handle = createFirstSupervisorsHandler({ accounts: pool, logger: silent }, answer);
    const supervisors = { blora: { email: 'Kepala@Blora.example', name: 'Kepala UPTD' }, mesuji: { email: 'kepala@mesuji.example', name: 'Kepala' } };

    // Act
    await handle(request('Create', supervisors));
    await handle(request('Update', supervisors));

    // Assess
    expect([...pool.accounts.values()]).toEqual([
      { tenantId: 'blora', email: 'kepala@blora.example', name: 'Kepala UPTD', role: 'supervisor' },
      { tenantId: 'mesuji', email: 'kepala@mesuji.example', name: 'Kepala', role: 'supervisor' },
    ]);
    expect(answers.map(({ body }) => body.Status)).toEqual(['SUCCESS', 'SUCCESS']);
    expect(answers[0]?.body).toMatchObject({ PhysicalResourceId: 'first-supervisors', RequestId: 'req-1', LogicalResourceId: 'FirstSupervisors' });
  });

  it('fails the deploy naming the regency and the code, never the e-mail, when the e-mail signs in elsewhere', async () => {
    // Prepare
    const pool = poolOf([{ tenantId: 'mesuji', email: 'kepala@blora.example', name: 'X', role: 'supervisor' }]);
    const { answers, answer } = answered();

    // Act
    await createFirstSupervisorsHandler({ accounts: pool, logger: silent }, answer)(
      request('Create', { blora: { email: 'kepala@blora.example', name: 'Kepala UPTD' } }),
    );

    // Assess
    expect(answers[0]?.body.Status).toBe('FAILED');
    expect(answers[0]?.body.Reason).toContain('blora');
    expect(answers[0]?.body.Reason).toContain('STAFF_ACCOUNT_OTHER_REGENCY');
    expect(answers[0]?.body.Reason).not.toContain('kepala@');
  });

  it('keeps every account when the resource is deleted', async () => {
    // Prepare
    const pool = poolOf([{ tenantId: 'blora', email: 'kepala@blora.example', name: 'Kepala', role: 'supervisor' }]);
    const { answers, answer } = answered();

    // Act
    await createFirstSupervisorsHandler({ accounts: pool, logger: silent }, answer)(request('Delete', {}));

    // Assess
    expect(answers[0]?.body.Status).toBe('SUCCESS');
    expect(pool.accounts.size).toBe(1);
  });

  it('tells CloudFormation\'s requests from API Gateway\'s', () => {
    // Assess
    expect(isCustomResourceRequest(request('Create', {}))).toBe(true);
    expect(isCustomResourceRequest({ version: '2.0', routeKey: 'GET /api/v1/staff/directory', requestContext: {} })).toBe(false);
  });
});
