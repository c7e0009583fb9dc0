/**
 * CDK gives each stack ONE provider function for all its `AwsCustomResource`s, set up by whichever comes
 * first: a tenant stack's (its seed, the policy of a kept key) are all given this same runner, the core
 * stack's tenant-seeder role (one role, not 514) and the tenant's own log group.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { type IRole, Role } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { functionRoleName, TENANT_SEEDER_LOG_GROUP_PREFIX, TENANT_SEEDER_ROLE } from '../naming.js';
import { LOG_RETENTION } from './lapor-function.js';

export interface TenantResourceRunner {
  readonly role: IRole;
  readonly logGroup: LogGroup;
}

export function tenantResourceRunner(scope: Construct, tenantId: string): TenantResourceRunner {
  return {
    role: Role.fromRoleName(scope, 'ResourceRunnerRole', functionRoleName(TENANT_SEEDER_ROLE), { mutable: false }),
    logGroup: new LogGroup(scope, 'ResourceRunnerLogs', {
      logGroupName: `${TENANT_SEEDER_LOG_GROUP_PREFIX}${tenantId}`,
      retention: LOG_RETENTION,
      removalPolicy: RemovalPolicy.DESTROY,
    }),
  };
}

/** The runner settings every custom resource of a tenant stack passes, so that whichever comes first sets it up alike. */
export function runnerProps(runner: TenantResourceRunner) {
  return { role: runner.role, logGroup: runner.logGroup, installLatestAwsSdk: false, timeout: Duration.minutes(1) } as const;
}
