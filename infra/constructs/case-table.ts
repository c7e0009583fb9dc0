/** The single table, built from shared/store/table-design.ts so the cloud and the local runtime agree. */
import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { GSI, TABLE_KEYS, TTL_ATTRIBUTE } from '#shared/store/table-design.js';
import type { TableAction } from '../function-catalog.js';
import { TABLE_NAME } from '../naming.js';

const READ_ACTIONS: readonly TableAction[] = ['GetItem', 'BatchGetItem', 'Query', 'ConditionCheckItem'];

export class CaseTable extends Construct {
  readonly table: Table;

  constructor(
    scope: Construct,
    id: string,
    private readonly key: IKey,
  ) {
    super(scope, id);
    const string = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new Table(this, 'Table', {
      tableName: TABLE_NAME,
      partitionKey: string(TABLE_KEYS.partitionKey),
      sortKey: string(TABLE_KEYS.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      // The new image, so the alert sweeper's event source can filter on `outboxPk` (pending alerts) before invoking.
      stream: StreamViewType.NEW_IMAGE,
      // Cases of violence against children: never deleted by a stack operation.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of Object.values(GSI)) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: string(index.partitionKey),
        sortKey: string(index.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }
  }

  /** Exactly these operations on the table and its indexes, and the table key only through DynamoDB. */
  grant(grantee: IGrantable, actions: readonly TableAction[], conditions?: Record<string, unknown>): void {
    if (actions.length === 0) return;
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'CaseTable',
        actions: actions.map((action) => `dynamodb:${action}`),
        resources: [this.table.tableArn, ...Object.values(GSI).map((index) => `${this.table.tableArn}/index/${index.name}`)],
        conditions,
      }),
    );
    const writes = actions.some((action) => !READ_ACTIONS.includes(action));
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'CaseTableKeyViaDynamoDB',
        actions: [
          'kms:Decrypt',
          'kms:DescribeKey',
          ...(writes ? ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'] : []),
        ],
        resources: [this.key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Aws.REGION}.amazonaws.com` } },
      }),
    );
  }

  /** Reading the table's stream only, scoped to its ARN as AWS's example policy does (no ListStreams on `*`). */
  grantStreamRead(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'CaseTableStream',
        actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
        resources: [this.streamArn],
      }),
    );
  }

  get streamArn(): string {
    const arn = this.table.tableStreamArn;
    if (!arn) throw new Error('the case table has no stream');
    return arn;
  }
}
