import 'aws-sdk-client-mock-vitest/extend';
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCognitoStaffAccounts } from '#shared/oncall/cognito-staff-accounts.js';
import type { StaffAccount } from '#shared/oncall/staff-accounts.js';

const cognito = mockClient(CognitoIdentityProviderClient);
const POOL = 'ap-southeast-3_TestPool';
const accounts = () => createCognitoStaffAccounts(new CognitoIdentityProviderClient({ region: 'ap-southeast-3' }), POOL);

const sari: StaffAccount = { tenantId: 'blora', email: 'sari@blora.example', name: 'Sari Wulandari', role: 'responder' };
const existingUser = (tenant: string, role = 'responder') => ({
  Username: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6',
  UserAttributes: [
    { Name: 'email', Value: sari.email },
    { Name: 'custom:tenant', Value: tenant },
    { Name: 'custom:role', Value: role },
  ],
});
const exists = () => new UsernameExistsException({ message: 'An account with the given email already exists.', $metadata: {} });

beforeEach(() => {
  cognito.reset();
});

describe('staff accounts in Cognito', () => {
  it('creates the user with the regency and role the authorizer reads, invited by e-mail', async () => {
    // Prepare
    cognito.on(AdminCreateUserCommand).resolves({});

    // Act
    const outcome = await accounts().ensureAccount(sari);

    // Assess
    expect(outcome).toBe('created');
    expect(cognito).toHaveReceivedCommandWith(AdminCreateUserCommand, {
      UserPoolId: POOL,
      Username: sari.email,
      DesiredDeliveryMediums: ['EMAIL'],
      UserAttributes: expect.arrayContaining([
        { Name: 'custom:tenant', Value: 'blora' },
        { Name: 'custom:role', Value: 'responder' },
        { Name: 'email', Value: sari.email },
        { Name: 'name', Value: 'Sari Wulandari' },
      ]),
    });
  });

  it('takes an existing user of the same regency and role as created (a retried request converges)', async () => {
    // Prepare
    cognito.on(AdminCreateUserCommand).rejects(exists());
    cognito.on(AdminGetUserCommand).resolves(existingUser('blora'));

    // Act
    const outcome = await accounts().ensureAccount(sari);

    // Assess
    expect(outcome).toBe('existed');
  });

  it.each([
    ['another regency', existingUser('mesuji'), 'STAFF_ACCOUNT_OTHER_REGENCY'],
    ['another role', existingUser('blora', 'supervisor'), 'STAFF_ACCOUNT_OTHER_ROLE'],
  ])('refuses an e-mail whose user belongs to %s with a 409', async (_what, user, code) => {
    // Prepare
    cognito.on(AdminCreateUserCommand).rejects(exists());
    cognito.on(AdminGetUserCommand).resolves(user);

    // Act
    const refused = accounts().ensureAccount(sari);

    // Assess
    await expect(refused).rejects.toMatchObject({ status: 409, code });
  });

  it('disables a user of the regency, and never touches another regency\'s user', async () => {
    // Prepare
    cognito.on(AdminGetUserCommand).resolvesOnce(existingUser('blora')).resolvesOnce(existingUser('mesuji'));
    cognito.on(AdminDisableUserCommand).resolves({});

    // Act
    await accounts().setSignInEnabled(sari, false);
    const other = accounts().setSignInEnabled(sari, false);

    // Assess
    await expect(other).rejects.toMatchObject({ status: 409, code: 'STAFF_ACCOUNT_OTHER_REGENCY' });
    expect(cognito).toHaveReceivedCommandTimes(AdminDisableUserCommand, 1);
    expect(cognito).toHaveReceivedCommandWith(AdminDisableUserCommand, { UserPoolId: POOL, Username: sari.email });
  });

  it('re-enables a user, and creates a missing one when enabling but not when disabling', async () => {
    // Prepare
    cognito
      .on(AdminGetUserCommand)
      .resolvesOnce(existingUser('blora'))
      .rejects(new UserNotFoundException({ message: 'User does not exist.', $metadata: {} }));
    cognito.on(AdminEnableUserCommand).resolves({});
    cognito.on(AdminCreateUserCommand).resolves({});

    // Act
    await accounts().setSignInEnabled(sari, true);
    await accounts().setSignInEnabled(sari, false);
    await accounts().setSignInEnabled(sari, true);

    // Assess
    expect(cognito).toHaveReceivedCommandTimes(AdminEnableUserCommand, 1);
    expect(cognito).toHaveReceivedCommandTimes(AdminDisableUserCommand, 0);
    expect(cognito).toHaveReceivedCommandTimes(AdminCreateUserCommand, 1);
  });
});
