import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { ROUTES } from '#shared/http/routes.js';
import { STAFF_ACCOUNT_ACTIONS } from '../../infra/stacks/core-stack.js';
import { allows, functionRoles, purposesOf, roleStatements, type Statement } from './support/iam.js';
import { type SynthesizedApp, synthesizeLaporAman } from './support/synthesize.js';
import { loadDeployment } from '../../infra/lapor-aman-app.js';

let synthesized: SynthesizedApp;

const FIRST_SUPERVISOR = { email: 'kepala.uptd@blora.example', name: 'Kepala UPTD PPA Blora' };

beforeAll(() => {
  synthesized = synthesizeLaporAman({ deployment: { ...loadDeployment(), firstSupervisors: { blora: FIRST_SUPERVISOR } } });
});

afterAll(() => synthesized.dispose());

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Every policy statement of a template that grants a Cognito user-pool action, with the roles it is attached to. */
function cognitoGrants(template: Template): { roles: string[]; statement: Statement }[] {
  return Object.values(template.findResources('AWS::IAM::Policy') as Resources).flatMap((policy) =>
    asArray(policy.Properties.PolicyDocument.Statement as Statement | Statement[])
      .filter((statement) => asArray(statement.Action).some((action) => action.startsWith('cognito-idp:') || action === '*'))
      .map((statement) => ({ roles: asArray(policy.Properties.Roles).map((role: { Ref: string }) => role.Ref), statement })),
  );
}

const poolLogicalId = () => Object.keys(synthesized.core.findResources('AWS::Cognito::UserPool'))[0];

describe('staff-admin function (Cognito admin APIs)', () => {
  it('is the only role of any stack that may call Cognito admin APIs, and only on the staff pool', () => {
    // Act
    const inCore = cognitoGrants(synthesized.core);
    const inTenants = [...synthesized.tenants.values()].flatMap(cognitoGrants);
    const staffAdminRole = functionRoles(synthesized.core).get('staff-admin');

    // Assess
    expect(inTenants).toEqual([]);
    expect(inCore.flatMap(({ roles }) => roles)).toEqual([staffAdminRole]);
    const [grant] = inCore;
    expect(new Set(grant?.statement.Action)).toEqual(new Set(STAFF_ACCOUNT_ACTIONS));
    expect(grant?.statement.Resource).toEqual({ 'Fn::GetAtt': [poolLogicalId(), 'Arn'] });
    expect(grant?.statement.Condition).toBeUndefined();
  });

  it('serves the directory routes behind the staff JWT authorizer, and no other function serves them', () => {
    // Act
    const directoryRoutes = ROUTES.filter((route) => route.routeKey.includes('/api/v1/staff/directory'));
    const cfnRoutes = Object.values(synthesized.core.findResources('AWS::ApiGatewayV2::Route') as Resources).filter((route) =>
      String(route.Properties.RouteKey).includes('/api/v1/staff/directory'),
    );

    // Assess
    expect(directoryRoutes.map((route) => route.functionName)).toEqual(['staff-admin', 'staff-admin', 'staff-admin']);
    expect(cfnRoutes).toHaveLength(3);
    for (const route of cfnRoutes) expect(route.Properties.AuthorizationType).toBe('JWT');
  });
});

describe('per-person alert SMS (alert sweeper)', () => {
  it('lets only the sweeper publish to phone numbers, and never to a topic through that statement', () => {
    // Act
    const direct = [...functionRoles(synthesized.core).keys()].flatMap((name) =>
      roleStatements(synthesized.core, name)
        .map((statement) => statement as Statement & { NotResource?: unknown })
        .filter((statement) => allows(statement, 'sns:Publish') && statement.NotResource !== undefined)
        .map((statement) => ({ name, notResource: statement.NotResource })),
    );

    // Assess
    expect(direct.map(({ name }) => name)).toEqual(['alert-sweeper']);
    expect(JSON.stringify(direct.map(({ notResource }) => notResource))).toContain(':sns:*:*:*');
  });

  it('lets only staff-admin and the sweeper open staff numbers', () => {
    // Act
    const opening = [...functionRoles(synthesized.core).keys()].filter((name) =>
      roleStatements(synthesized.core, name).some((s) => allows(s, 'kms:Decrypt') && purposesOf(s).includes('staffPhone')),
    );

    // Assess
    expect(opening.sort()).toEqual(['alert-sweeper', 'staff-admin']);
  });

  it('points the links in SMS at the deployed API, not at a hard-coded address', () => {
    // Act
    const functions = Object.values(synthesized.core.findResources('AWS::Lambda::Function') as Resources);
    const sweeper = functions.find((fn) => JSON.stringify(fn.Properties.Description ?? '').includes('people on call'));
    const linkBase = sweeper?.Properties.Environment?.Variables?.ALERT_LINK_BASE;

    // Assess
    const api = Object.keys(synthesized.core.findResources('AWS::ApiGatewayV2::Api'))[0];
    expect(linkBase).toEqual({ 'Fn::GetAtt': [api, 'ApiEndpoint'] });
  });
});

describe('first supervisors at deploy (no AWS CLI)', () => {
  it('creates each regency\'s first supervisor through the staff-admin function itself, in one resource', () => {
    // Act
    const resources = Object.values(synthesized.core.findResources('Custom::FirstSupervisors') as Resources);
    const staffAdmin = Object.entries(synthesized.core.findResources('AWS::Lambda::Function') as Resources).find(([, fn]) =>
      JSON.stringify(fn.Properties.Description ?? '').includes('staff directory'),
    )?.[0];

    // Assess
    expect(resources).toHaveLength(1);
    expect(resources[0]?.Properties.ServiceToken).toEqual({ 'Fn::GetAtt': [staffAdmin, 'Arn'] });
    expect(resources[0]?.Properties.supervisors).toEqual({ blora: FIRST_SUPERVISOR });
    expect([...synthesized.tenants.values()].flatMap((tenant) => Object.keys(tenant.findResources('Custom::FirstSupervisors')))).toEqual([]);
  });
});
