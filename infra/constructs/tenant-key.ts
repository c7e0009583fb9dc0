/**
 * A tenant's own KMS key. Its policy is written out in full (no "the account may do anything" statement,
 * which CDK's `Key` always adds): administrators manage the key but cannot use it; only the catalog's
 * function roles may use it, each for its purposes, always for this tenant.
 *
 * The first deploy creates the key; once config/deployment.json names it by ARN, the stack imports it
 * instead. The key is retained, so a tenant stack deleted and deployed again then keeps the key every sealed
 * case of the regency needs: the alias is pointed at it again (the function roles admit keys by that alias)
 * and its policy is kept current with the catalog through `PutKeyPolicy`.
 */
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccountRootPrincipal, PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { CfnAlias, CfnKey, type IKey, Key } from 'aws-cdk-lib/aws-kms';
import { AwsCustomResource, type AwsSdkCall, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { FunctionEntry } from '../function-catalog.js';
import { type KeyPolicyOptions, tenantKeyPolicyStatements } from '../kms-access.js';
import { tenantKeyAlias } from '../naming.js';
import { runnerProps, type TenantResourceRunner } from './tenant-resource-runner.js';

/**
 * The console's "key administrator" actions: manage, rotate, schedule deletion; no cryptography. Not
 * `kms:Create*`: it includes CreateGrant, and a grant carries no purpose or tenant condition (an
 * administrator could grant any role Decrypt on `identity`).
 */
export const KEY_ADMIN_ACTIONS = [
  'kms:CreateAlias',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand',
];

export interface TenantKeyProps extends KeyPolicyOptions {
  readonly tenantId: string;
  readonly catalog: readonly FunctionEntry[];
  /** The key an earlier deploy created (config/deployment.json `tenantKeyArns`): imported, never created. */
  readonly keptKeyArn?: string;
  /** Runs the custom resource that keeps a kept key's policy current. */
  readonly runner: TenantResourceRunner;
}

/** The policy name KMS accepts: a key has exactly one policy, `default`. */
const KEY_POLICY_NAME = 'default';

export class TenantKey extends Construct {
  readonly key: IKey;
  /** The key policy, as the key is created with it or as `PutKeyPolicy` writes it on a kept key. */
  readonly policy: PolicyDocument;
  /** The custom resource that writes the policy of a kept key. */
  readonly policyUpdate?: AwsCustomResource;

  constructor(scope: Construct, id: string, props: TenantKeyProps) {
    super(scope, id);
    this.policy = new PolicyDocument({
      statements: [
        new PolicyStatement({
          sid: 'KeyAdministration',
          actions: KEY_ADMIN_ACTIONS,
          principals: [new AccountRootPrincipal()],
          resources: ['*'],
        }),
        ...tenantKeyPolicyStatements(props.tenantId, props.catalog, props),
      ],
    });
    if (props.keptKeyArn) {
      this.key = Key.fromKeyArn(this, 'Ref', props.keptKeyArn);
      const alias = new CfnAlias(this, 'Alias', { aliasName: tenantKeyAlias(props.tenantId), targetKeyId: props.keptKeyArn });
      this.policyUpdate = this.keepPolicyCurrent(props.keptKeyArn, props.runner);
      // The runner may change a key's policy only while the key carries a lapor-aman alias.
      this.policyUpdate.node.addDependency(alias);
      return;
    }
    const key = new CfnKey(this, 'Key', {
      description: `Lapor Aman ${props.tenantId}: seals personal data of this regency's cases`,
      enableKeyRotation: true,
      keyPolicy: this.policy,
      pendingWindowInDays: 30,
    });
    // Without this key every sealed case of the regency is unreadable: never deleted with the stack.
    key.applyRemovalPolicy(RemovalPolicy.RETAIN);
    new CfnAlias(this, 'Alias', { aliasName: tenantKeyAlias(props.tenantId), targetKeyId: key.attrKeyId });
    this.key = Key.fromKeyArn(this, 'Ref', key.attrArn);
  }

  /** A kept key's policy as this catalog needs it (a function added since its first deploy is admitted too). */
  private keepPolicyCurrent(keyArn: string, runner: TenantResourceRunner): AwsCustomResource {
    const call: AwsSdkCall = {
      service: 'KMS',
      action: 'putKeyPolicy',
      parameters: { KeyId: keyArn, PolicyName: KEY_POLICY_NAME, Policy: Stack.of(this).toJsonString(this.policy.toJSON()) },
      physicalResourceId: PhysicalResourceId.of(keyArn),
    };
    return new AwsCustomResource(this, 'KeptKeyPolicy', {
      resourceType: 'Custom::KeptKeyPolicy',
      onCreate: call,
      onUpdate: call,
      ...runnerProps(runner),
    });
  }
}
