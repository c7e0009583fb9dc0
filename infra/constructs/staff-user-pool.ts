/**
 * Staff sign-in. An ID token carries `custom:tenant` and `custom:role`; only an administrator sets them
 * (the console client cannot write them), so a staff member cannot move themself to another regency. The
 * console signs in through the pool's managed login with authorization code + PKCE (no client secret in a
 * browser), coming back to the console page.
 */
import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { PRODUCT } from '../naming.js';

export interface StaffUserPoolProps {
  /** The console pages staff come back to after signing in or out (none: no managed login at all). */
  readonly consoleUrls: readonly string[];
}

export class StaffUserPool extends Construct {
  readonly pool: UserPool;
  readonly consoleClient: UserPoolClient;
  readonly domain?: UserPoolDomain;

  constructor(scope: Construct, id: string, props: StaffUserPoolProps) {
    super(scope, id);
    this.pool = new UserPool(this, 'Pool', {
      userPoolName: `${PRODUCT}-staff`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Staff can reveal who reported abuse: compromised-credential and risk checks are worth the Plus plan.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      customAttributes: {
        tenant: new StringAttribute({ minLen: 2, maxLen: 40, mutable: false }),
        role: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const signIn = props.consoleUrls.length > 0;
    if (signIn) {
      // Prefixes are unique per Region across all accounts: the account id keeps ours free.
      this.domain = this.pool.addDomain('SignIn', { cognitoDomain: { domainPrefix: `${PRODUCT}-${Aws.ACCOUNT_ID}` } });
    }
    const standard = { email: true, emailVerified: true, fullname: true };
    this.consoleClient = this.pool.addClient('Console', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      readAttributes: new ClientAttributes().withStandardAttributes(standard).withCustomAttributes('tenant', 'role'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      ...(signIn
        ? {
            oAuth: {
              flows: { authorizationCodeGrant: true },
              scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
              callbackUrls: [...props.consoleUrls],
              logoutUrls: [...props.consoleUrls],
            },
          }
        : { disableOAuth: true }),
    });
  }

  /** Where the console sends staff to sign in (the managed login's base URL). */
  get signInUrl(): string {
    return this.domain?.baseUrl() ?? '';
  }
}
