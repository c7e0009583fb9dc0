/**
 * cdk-nag v3 acknowledgements, each on one resource and with its reason next to the code that needs it.
 * An IAM5 finding is named after the wildcard resource as cdk-nag flattens it (`<AWS::Region>`, ...).
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnPolicy, PolicyStatement, Role } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

/** Adds a statement whose resources are ARN patterns, acknowledging each pattern on the role's policy. */
export function allowOnPattern(role: Role, statement: PolicyStatement, reason: string): void {
  role.addToPolicy(statement);
  const policy = role.node.findChild('DefaultPolicy').node.defaultChild as CfnPolicy;
  for (const resource of statement.resources.filter((arn) => arn.includes('*'))) {
    Validations.of(policy).acknowledge({ id: `AwsSolutions-IAM5[Resource::${flatten(policy, resource)}]`, reason });
  }
}

function flatten(scope: IConstruct, value: string): string {
  const visit = (node: unknown): string => {
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) return node.map(visit).join('');
    const reference = node as { Ref?: string; 'Fn::Join'?: [string, unknown[]]; 'Fn::GetAtt'?: [string, string] };
    if (reference.Ref) return `<${reference.Ref}>`;
    if (reference['Fn::Join']) return reference['Fn::Join'][1].map(visit).join(reference['Fn::Join'][0]);
    if (reference['Fn::GetAtt']) return `<${reference['Fn::GetAtt'].join('.')}>`;
    return JSON.stringify(node);
  };
  return visit(Stack.of(scope).resolve(value));
}
