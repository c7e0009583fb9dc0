/** Reading IAM out of synthesized templates: which statements a function role and a key policy hold. */
import type { Template } from 'aws-cdk-lib/assertions';

export interface Statement {
  readonly Sid?: string;
  readonly Effect: string;
  readonly Action: string[];
  readonly Resource: unknown[];
  readonly Principal?: unknown;
  readonly Condition?: Record<string, Record<string, unknown>>;
}

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function normalise(statement: any): Statement {
  return { ...statement, Action: asArray(statement.Action), Resource: asArray(statement.Resource) };
}

/** The function names of the roles in a core template (their RoleName is `lapor-aman-<name>-<region>`). */
export function functionRoles(core: Template): Map<string, string> {
  const roles = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries(core.findResources('AWS::IAM::Role') as Resources)) {
    const name = JSON.stringify(resource.Properties.RoleName ?? '').match(/lapor-aman-([a-z0-9-]+?)-"/)?.[1];
    if (name) roles.set(name, logicalId);
  }
  return roles;
}

/** Every statement of every policy attached to the role of `functionName`. */
export function roleStatements(core: Template, functionName: string): Statement[] {
  const roleId = functionRoles(core).get(functionName);
  if (!roleId) throw new Error(`no role for ${functionName}`);
  return Object.values(core.findResources('AWS::IAM::Policy') as Resources)
    .filter((policy) => asArray(policy.Properties.Roles).some((role: any) => role.Ref === roleId))
    .flatMap((policy) => asArray(policy.Properties.PolicyDocument.Statement).map(normalise));
}

export function keyPolicyStatements(tenant: Template): Statement[] {
  const keys = Object.values(tenant.findResources('AWS::KMS::Key') as Resources);
  return keys.flatMap((key) => asArray(key.Properties.KeyPolicy.Statement).map(normalise));
}

/** Function names whose role ARN a key-policy statement's `aws:PrincipalArn` condition lists. */
export function principalFunctions(statement: Statement): string[] {
  const arns = JSON.stringify(statement.Condition?.ArnEquals?.['aws:PrincipalArn'] ?? []);
  return [...arns.matchAll(/:role\/lapor-aman-([a-z0-9-]+?)-"/g)].map((match) => match[1] ?? '');
}

export const purposesOf = (statement: Statement): string[] =>
  asArray(statement.Condition?.StringEquals?.['kms:EncryptionContext:purpose'] as string | string[] | undefined);

/** The AWS service a statement is confined to (`kms:ViaService`), as in `sns` or `dynamodb`. */
export const viaServiceOf = (statement: Statement): string | undefined =>
  JSON.stringify(statement.Condition?.StringEquals?.['kms:ViaService'] ?? '').match(/"([a-z0-9]+)\."/)?.[1];

export const allows = (statement: Statement, action: string) =>
  statement.Effect === 'Allow' && statement.Action.some((granted) => granted === action || granted === 'kms:*');
