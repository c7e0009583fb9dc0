import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeploymentConfig, DeploymentConfig as DeploymentSchema } from '../../infra/deployment-config.js';
import { loadDeployment, loadTenants } from '../../infra/lapor-aman-app.js';
import { type SynthesizedApp, synthesizeLaporAman } from './support/synthesize.js';

/** A Region without Plus: Essentials, no threat protection, the newer login pages, invitations through SES. */
function essentialsWithSes(): DeploymentConfig {
  const deployment = loadDeployment();
  return {
    ...deployment,
    staffSignIn: {
      featurePlan: 'essentials',
      threatProtection: 'off',
      loginPages: 'managed-login',
      email: {
        fromAddress: 'no-reply@lapor.blorakab.go.id',
        fromName: 'Lapor Aman Blora',
        verifiedDomain: 'lapor.blorakab.go.id',
        sesRegion: 'ap-southeast-3',
      },
    },
  };
}

let repository: SynthesizedApp;
let essentials: SynthesizedApp;

beforeAll(() => {
  const [blora] = loadTenants();
  const tenants = blora ? [blora] : [];
  repository = synthesizeLaporAman({ tenants });
  essentials = synthesizeLaporAman({ tenants, deployment: essentialsWithSes() });
});

afterAll(() => {
  repository.dispose();
  essentials.dispose();
});

const only = (app: SynthesizedApp, type: string) => {
  const found = Object.values(app.core.findResources(type)) as { Properties: any }[];
  expect(found).toHaveLength(1);
  return found[0]?.Properties;
};

describe('staff sign-in', () => {
  it('runs the repository deployment on Plus with enforced threat protection, required MFA and the classic pages', () => {
    // Act
    const pool = only(repository, 'AWS::Cognito::UserPool');
    const domain = only(repository, 'AWS::Cognito::UserPoolDomain');

    // Assess
    expect(pool.UserPoolTier).toBe('PLUS');
    expect(pool.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
    expect(pool.MfaConfiguration).toBe('ON');
    expect(pool.EmailConfiguration?.EmailSendingAccount ?? 'COGNITO_DEFAULT').toBe('COGNITO_DEFAULT');
    expect(domain.ManagedLoginVersion).toBe(1);
    expect(repository.core.findResources('AWS::Cognito::ManagedLoginBranding')).toEqual({});
  });

  it('builds a pool a Region without Plus accepts: no threat protection asked for, MFA still required', () => {
    // Act
    const pool = only(essentials, 'AWS::Cognito::UserPool');

    // Assess
    expect(pool.UserPoolTier).toBe('ESSENTIALS');
    expect(pool.UserPoolAddOns).toBeUndefined();
    expect(pool.MfaConfiguration).toBe('ON');
  });

  it('gives the managed login pages a style for the console client, without which they do not render', () => {
    // Act
    const domain = only(essentials, 'AWS::Cognito::UserPoolDomain');
    const style = only(essentials, 'AWS::Cognito::ManagedLoginBranding');
    const [clientId] = Object.keys(essentials.core.findResources('AWS::Cognito::UserPoolClient'));

    // Assess
    expect(domain.ManagedLoginVersion).toBe(2);
    expect(style).toMatchObject({ UseCognitoProvidedValues: true, ClientId: { Ref: clientId } });
  });

  it('sends staff invitations through the verified SES identity instead of Cognito\'s daily-limited sender', () => {
    // Act
    const { EmailConfiguration: email } = only(essentials, 'AWS::Cognito::UserPool');

    // Assess
    expect(email.EmailSendingAccount).toBe('DEVELOPER');
    expect(email.From).toBe('Lapor Aman Blora <no-reply@lapor.blorakab.go.id>');
    expect(JSON.stringify(email.SourceArn)).toContain(':ses:ap-southeast-3:');
    expect(JSON.stringify(email.SourceArn)).toContain(':identity/lapor.blorakab.go.id');
  });

  it('stays cdk-nag clean, the missing threat protection acknowledged on the pool with its reason', () => {
    // Act
    const report = new AwsSolutionsChecks().validateScope(essentials.app);

    // Assess
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  });

  it.each([
    [{ featurePlan: 'essentials', threatProtection: 'audit' }, 'staffSignIn.threatProtection: threat protection needs featurePlan "plus"'],
    [{ featurePlan: 'lite', threatProtection: 'off', loginPages: 'managed-login' }, 'staffSignIn.loginPages: managed login pages need featurePlan "essentials" or "plus"'],
  ])('refuses a sign-in setting the feature plan cannot carry: %o', (change, problem) => {
    // Prepare
    const deployment = loadDeployment();

    // Act
    const parsed = DeploymentSchema.safeParse({ ...deployment, staffSignIn: { ...deployment.staffSignIn, ...change } });

    // Assess
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([problem]);
  });
});
