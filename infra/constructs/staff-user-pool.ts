/**
 * Staff sign-in. An ID token carries `custom:tenant` and `custom:role`; only an administrator sets them
 * (the console client cannot write them), so a staff member cannot move themself to another regency. The
 * console signs in through the pool's managed login with authorization code + PKCE (no client secret in a
 * browser), coming back to the console page.
 */
import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  type CfnUserPool,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  type UserPoolDomain,
  UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { StaffEmail, StaffSignIn } from '../deployment-config.js';
import { PRODUCT } from '../naming.js';

export interface StaffUserPoolProps {
  /** The console pages staff come back to after signing in or out (none: no managed login at all). */
  readonly consoleUrls: readonly string[];
  /** Feature plan, threat protection, login pages and e-mail sender (config/deployment.json). */
  readonly signIn: StaffSignIn;
}

const FEATURE_PLANS: Readonly<Record<StaffSignIn['featurePlan'], FeaturePlan>> = {
  lite: FeaturePlan.LITE,
  essentials: FeaturePlan.ESSENTIALS,
  plus: FeaturePlan.PLUS,
};
const THREAT_PROTECTION: Readonly<Record<StaffSignIn['threatProtection'], StandardThreatProtectionMode | undefined>> = {
  off: undefined,
  audit: StandardThreatProtectionMode.AUDIT_ONLY,
  'full-function': StandardThreatProtectionMode.FULL_FUNCTION,
};

export class StaffUserPool extends Construct {
  readonly pool: UserPool;
  readonly consoleClient: UserPoolClient;
  readonly domain?: UserPoolDomain;

  constructor(scope: Construct, id: string, props: StaffUserPoolProps) {
    super(scope, id);
    const settings = props.signIn;
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
      // Staff can reveal who reported abuse: compromised-credential and risk checks are worth the Plus plan
      // wherever the Region offers it (config/deployment.json says which).
      featurePlan: FEATURE_PLANS[settings.featurePlan],
      standardThreatProtectionMode: THREAT_PROTECTION[settings.threatProtection],
      email: staffEmail(settings.email),
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
      this.domain = this.pool.addDomain('SignIn', {
        cognitoDomain: { domainPrefix: `${PRODUCT}-${Aws.ACCOUNT_ID}` },
        managedLoginVersion:
          settings.loginPages === 'managed-login' ? ManagedLoginVersion.NEWER_MANAGED_LOGIN : ManagedLoginVersion.CLASSIC_HOSTED_UI,
      });
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
    // Managed login pages render only for a client that has a style: Cognito's own is enough.
    if (this.domain && settings.loginPages === 'managed-login') {
      new CfnManagedLoginBranding(this, 'LoginStyle', {
        userPoolId: this.pool.userPoolId,
        clientId: this.consoleClient.userPoolClientId,
        useCognitoProvidedValues: true,
      });
    }
    acknowledgeRegionalLimits(this.pool.node.defaultChild as CfnUserPool, settings);
  }

  /** Where the console sends staff to sign in (the managed login's base URL). */
  get signInUrl(): string {
    return this.domain?.baseUrl() ?? '';
  }
}

/** Cognito's own sender sends a few dozen e-mails a day; a rollout to many staff needs SES. */
function staffEmail(email: StaffEmail | null): UserPoolEmail | undefined {
  if (!email) return undefined;
  return UserPoolEmail.withSES({
    fromEmail: email.fromAddress,
    fromName: email.fromName,
    replyTo: email.replyTo,
    sesVerifiedDomain: email.verifiedDomain,
    sesRegion: email.sesRegion,
  });
}

/**
 * Where the Region or the budget rules out Plus or enforced threat protection, the IT officer says so in
 * config/deployment.json; cdk-nag's findings for it are acknowledged with that reason, on the pool only.
 */
function acknowledgeRegionalLimits(pool: CfnUserPool, settings: StaffSignIn): void {
  const reason = `config/deployment.json sets staffSignIn to feature plan "${settings.featurePlan}" with threat protection "${settings.threatProtection}" because this Region or budget does not allow more; MFA stays required for every staff member.`;
  if (settings.featurePlan !== 'plus') Validations.of(pool).acknowledge({ id: 'AwsSolutions-COG8', reason });
  if (settings.threatProtection !== 'full-function') Validations.of(pool).acknowledge({ id: 'AwsSolutions-COG3', reason });
}
