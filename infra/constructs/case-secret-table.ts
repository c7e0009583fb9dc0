/**
 * The per-case secrets (crypto-shredding, shared/crypto/case-secrets.ts): a table of their own WITHOUT
 * point-in-time recovery or backups, on purpose. A secret removed here is gone everywhere, so every copy of
 * a destroyed case's envelopes (the case table's PITR keeps 35 days) can no longer be opened.
 */
import { Aws, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, type CfnTable, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '#shared/store/table-design.js';
import { CASE_SECRETS_TABLE_NAME } from '../naming.js';

/** Sealers create a case's secret on first use and read it; only the retention job destroys one. */
export type CaseSecretAccess = 'seal' | 'open' | 'destroy';

const ACTIONS: Readonly<Record<CaseSecretAccess, readonly string[]>> = {
  seal: ['dynamodb:GetItem', 'dynamodb:PutItem'],
  open: ['dynamodb:GetItem'],
  destroy: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
};

export class CaseSecretTable extends Construct {
  readonly table: Table;

  constructor(
    scope: Construct,
    id: string,
    private readonly key: IKey,
  ) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      tableName: CASE_SECRETS_TABLE_NAME,
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false },
      deletionProtection: true,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      // Losing this table makes every case unreadable: never deleted by a stack operation.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.table.node.defaultChild as CfnTable).acknowledge({
      id: 'AwsSolutions-DDB3',
      reason:
        'Crypto-shredding: a per-case secret deleted by the retention job must be gone for good. PITR would keep it 35 days and with it every destroyed case readable from the case table backups; see SECURITY.md "Retention and crypto-shredding".',
    });
  }

  grant(grantee: IGrantable, access: readonly CaseSecretAccess[]): void {
    if (access.length === 0) return;
    const actions = [...new Set(access.flatMap((kind) => ACTIONS[kind]))];
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ sid: 'CaseSecrets', actions, resources: [this.table.tableArn] }),
    );
    const writes = actions.some((action) => action !== 'dynamodb:GetItem');
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'CaseSecretsKeyViaDynamoDB',
        actions: ['kms:Decrypt', 'kms:DescribeKey', ...(writes ? ['kms:Encrypt', 'kms:GenerateDataKey'] : [])],
        resources: [this.key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Aws.REGION}.amazonaws.com` } },
      }),
    );
  }
}
