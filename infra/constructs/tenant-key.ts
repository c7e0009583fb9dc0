/**
 * A tenant's own KMS key. Its policy is written out in full (no "the account may do anything" statement,
 * which CDK's `Key` always adds): administrators manage the key but cannot use it; only the catalog's
 * function roles may use it, each for its purposes, always for this tenant.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AccountRootPrincipal, PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { CfnAlias, CfnKey, type IKey, Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { FunctionEntry } from '../function-catalog.js';
import { type KeyPolicyOptions, tenantKeyPolicyStatements } from '../kms-access.js';
import { tenantKeyAlias } from '../naming.js';

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
}

export class TenantKey extends Construct {
  readonly key: IKey;
  readonly cfnKey: CfnKey;

  constructor(scope: Construct, id: string, props: TenantKeyProps) {
    super(scope, id);
    const policy = new PolicyDocument({
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
    this.cfnKey = new CfnKey(this, 'Key', {
      description: `Lapor Aman ${props.tenantId}: seals personal data of this regency's cases`,
      enableKeyRotation: true,
      keyPolicy: policy,
      pendingWindowInDays: 30,
    });
    // Without this key every sealed case of the regency is unreadable: never deleted with the stack.
    this.cfnKey.applyRemovalPolicy(RemovalPolicy.RETAIN);
    new CfnAlias(this, 'Alias', { aliasName: tenantKeyAlias(props.tenantId), targetKeyId: this.cfnKey.attrKeyId });
    this.key = Key.fromKeyArn(this, 'Ref', this.cfnKey.attrArn);
  }
}
