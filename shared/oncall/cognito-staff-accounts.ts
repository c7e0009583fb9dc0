/**
 * Staff accounts in the staff user pool (the cloud). Only the staff-admin function's role may call these
 * admin APIs, and only on this pool (infra/constructs/function-role.ts). IAM cannot see a user's regency,
 * so the regency check is here: before enabling or disabling, and when a create finds the e-mail taken.
 */
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { STAFF_CLAIMS, StaffRole } from '../auth/staff-principal.js';
import { checkExistingAccount, type StaffAccount, type StaffAccounts } from './staff-accounts.js';

interface ExistingAccount {
  readonly tenantId?: string;
  readonly role?: StaffAccount['role'];
}

export class CognitoStaffAccounts implements StaffAccounts {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async ensureAccount(account: StaffAccount): Promise<'created' | 'existed'> {
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
      if (!hasName(error, 'UsernameExistsException')) throw error;
    }
    const existing = await this.find(account.email);
    if (!existing) throw new Error('the staff account exists and cannot be read');
    checkExistingAccount(existing, account, 'regency-and-role');
    return 'existed';
  }

  async setSignInEnabled(account: StaffAccount, enabled: boolean): Promise<void> {
    const existing = await this.find(account.email);
    if (!existing) {
      if (enabled) await this.ensureAccount(account);
      return;
    }
    checkExistingAccount(existing, account, 'regency');
    const request = { UserPoolId: this.userPoolId, Username: account.email };
    await this.cognito.send(enabled ? new AdminEnableUserCommand(request) : new AdminDisableUserCommand(request));
  }

  private async find(email: string): Promise<ExistingAccount | undefined> {
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
}

const hasName = (error: unknown, name: string) => error instanceof Error && error.name === name;
