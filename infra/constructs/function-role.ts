/**
 * A catalog function's role: a fixed name (tenant key policies name it without a CloudFormation export)
 * and exactly the permissions its catalog entry declares, each pattern acknowledged for cdk-nag with why.
 */
import { Aws } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { caseSecretAccess, type FunctionEntry } from '../function-catalog.js';
import { kmsIdentityStatements } from '../kms-access.js';
import { allowOnPattern } from '../nag.js';
import { alertTopicArn, functionRoleName, mediaBucketArn, secretArnPattern } from '../naming.js';
import type { CaseSecretTable } from './case-secret-table.js';
import type { CaseTable } from './case-table.js';

/** The only actions a function role holds on `*` (X-Ray has no resource ARNs for them). */
export const XRAY_WRITE_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'] as const;

export class FunctionRole extends Role {
  constructor(scope: Construct, id: string, entry: FunctionEntry, table: CaseTable, caseSecrets: CaseSecretTable) {
    super(scope, id, {
      roleName: functionRoleName(entry.name),
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Lapor Aman ${entry.name}: ${entry.description}`,
    });
    for (const statement of kmsIdentityStatements(entry)) {
      allowOnPattern(
        this,
        statement,
        'Tenant keys are created by tenant stacks after this role; the statement is narrowed to keys aliased alias/lapor-aman/* (kms:ResourceAliases) and to its encryption-context purposes or its AWS service, and each tenant key policy binds the tenant.',
      );
    }
    // What `tracing: Tracing.ACTIVE` grants (infra/constructs/lapor-function.ts), stated here to acknowledge it.
    allowOnPattern(
      this,
      new PolicyStatement({ sid: 'WriteTraces', actions: [...XRAY_WRITE_ACTIONS], resources: ['*'] }),
      'X-Ray trace segments and telemetry have no resource-level permissions: the two write actions need "*".',
    );
    table.grant(this, entry.table);
    caseSecrets.grant(this, caseSecretAccess(entry));
    if (entry.publishesAlerts) {
      allowOnPattern(
        this,
        new PolicyStatement({ sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [alertTopicArn('*')] }),
        'One alert topic per tenant (lapor-aman-<tenant>-alerts); listing 514 topics would grow the core stack with every regency. The runtime fills the tenant into ALERT_TOPIC_ARN_TEMPLATE.',
      );
    }
    if (entry.sendsPersonalSms) {
      // A number is no ARN: "anything but a topic" is as narrow as IAM can say "SMS only".
      this.addToPolicy(new PolicyStatement({ sid: 'PersonalSms', actions: ['sns:Publish'], notResources: [`arn:${Aws.PARTITION}:sns:*:*:*`] }));
    }
    const media = [
      ...(entry.kms.generate.includes('media') ? ['s3:PutObject'] : []),
      ...(entry.kms.decrypt.includes('media') ? ['s3:GetObject'] : []),
      ...(entry.deletesMedia ? ['s3:ListBucketVersions', 's3:DeleteObject', 's3:DeleteObjectVersion'] : []),
    ];
    if (media.length > 0) {
      allowOnPattern(
        this,
        new PolicyStatement({
          sid: 'MediaObjects',
          actions: media,
          // Listing an object's versions is an action on the bucket itself.
          resources: [`${mediaBucketArn()}/*`, ...(entry.deletesMedia ? [mediaBucketArn()] : [])],
        }),
        'Objects of the one media bucket, keyed <tenant>/<object id>; each is encrypted with its tenant key, which the key policies guard.',
      );
    }
    if (entry.secrets?.length) {
      allowOnPattern(
        this,
        new PolicyStatement({
          sid: 'ReadSecrets',
          actions: ['secretsmanager:GetSecretValue'],
          resources: entry.secrets.map(secretArnPattern),
        }),
        'Secrets it reads by name (config and catalog, names checked at synth): a prefix covers the per-tenant WhatsApp secrets without a statement per tenant.',
      );
    }
  }
}
