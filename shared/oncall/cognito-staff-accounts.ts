/**
 * Staff accounts in the staff user pool (the cloud). Only the staff-admin function's role may call these
 * admin APIs, and only on this pool (infra/stacks/core-stack.ts). IAM cannot see a user's regency, so the
 * regency is checked in AccountsOfRegencies (staff-accounts.ts) before anything is changed.
 */
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { STAFF_CLAIMS, StaffRole } from '../auth/staff-principal.js';
import { type AccountPool, AccountsOfRegencies, type StaffAccount } from './staff-accounts.js';

export function createCognitoStaffAccounts(cognito: CognitoIdentityProviderClient, userPoolId: string): AccountsOfRegencies {
  return new AccountsOfRegencies(new CognitoAccountPool(cognito, userPoolId));
}

class CognitoAccountPool implements AccountPool {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async create(account: StaffAccount): Promise<'created' | 'exists'> {
    try {
      await this.cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: account.email,
          UserAttributes: [
            { Name: 'email', Value: account.email },
            // The supervisor typed it and Cognito's invitation proves it: password resets go there.
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: account.name },
            { Name: STAFF_CLAIMS.tenant, Value: account.tenantId },
            { Name: STAFF_CLAIMS.role, Value: account.role },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      );
      return 'created';
    } catch (error) {
      if (hasName(error, 'UsernameExistsException')) return 'exists';
      throw error;
    }
  }

  async find(email: string) {
    try {
      const out = await this.cognito.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: email }));
      const attribute = (name: string) => out.UserAttributes?.find((candidate) => candidate.Name === name)?.Value;
      const role = StaffRole.safeParse(attribute(STAFF_CLAIMS.role));
      return { tenantId: attribute(STAFF_CLAIMS.tenant), role: role.success ? role.data : undefined };
    } catch (error) {
      if (hasName(error, 'UserNotFoundException')) return undefined;
      throw error;
    }
  }

  async setEnabled(email: string, enabled: boolean): Promise<void> {
    const request = { UserPoolId: this.userPoolId, Username: email };
    await this.cognito.send(enabled ? new AdminEnableUserCommand(request) : new AdminDisableUserCommand(request));
  }
}

const hasName = (error: unknown, name: string) => error instanceof Error && error.name === name;
