/**
 * Everything shared by all regencies: table, functions, API, staff sign-in, schedules and alarms. Nothing
 * here grows with the number of tenants: tenants are reached through name templates and IAM patterns.
 */
import { Aws, CfnOutput, CustomResource, Stack, type StackProps } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { RouteDefinition } from '#shared/http/routes.js';
import type { FirstSupervisors } from '#shared/oncall/first-supervisors.js';
import { cloudEnvironment } from '../cloud-environment.js';
import { CaseSecretTable } from '../constructs/case-secret-table.js';
import { CaseTable } from '../constructs/case-table.js';
import { CatalogFunction } from '../constructs/catalog-function.js';
import { METRICS_NAMESPACE } from '../constructs/lapor-function.js';
import { MediaBucket } from '../constructs/media-bucket.js';
import { FIVE_MINUTES, Operations } from '../constructs/operations.js';
import { ProductApi } from '../constructs/product-api.js';
import { SmsDelivery } from '../constructs/sms-delivery.js';
import { StaffUserPool } from '../constructs/staff-user-pool.js';
import { TENANT_SEED_ACTIONS, TENANT_SEED_ATTRIBUTES, TENANT_SEED_PARTITIONS } from '../constructs/tenant-seed.js';
import { createDeploymentSecrets } from '../constructs/product-secrets.js';
import type { SmsSettings, StaffSignIn } from '../deployment-config.js';
import type { DeploymentValues, FunctionEntry } from '../function-catalog.js';
import { lambdaEntryPath } from '../function-folders.js';
import { allowOnPattern } from '../nag.js';
import {
  CORE_KEY_ALIAS,
  functionRoleName,
  PRODUCT,
  TENANT_KEY_ALIAS_PATTERN,
  TENANT_SEEDER_LOG_GROUP_PREFIX,
  TENANT_SEEDER_ROLE,
  tenantKeyArnPattern,
} from '../naming.js';

/** Published by the alert sweeper through Powertools Metrics, which adds the `service` dimension. */
export const PENDING_ALERTS_METRIC = {
  namespace: METRICS_NAMESPACE,
  metricName: 'PendingAlerts',
  dimensionsMap: { service: PRODUCT },
} as const;

/** What the staff-admin function may do in the user pool, nothing else (no delete, no attribute change). */
export const STAFF_ACCOUNT_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminGetUser',
] as const;

export interface CoreStackProps extends StackProps {
  readonly catalog: readonly FunctionEntry[];
  readonly routes: readonly RouteDefinition[];
  readonly projectRoot: string;
  readonly functionsDir: string;
  readonly sms: SmsSettings;
  readonly staffSignIn: StaffSignIn;
  /** config/deployment.json `firstSupervisors`: created at deploy by the staff-admin function. */
  readonly firstSupervisors?: FirstSupervisors;
}

export class CoreStack extends Stack {
  readonly table: CaseTable;
  readonly caseSecrets: CaseSecretTable;
  readonly functions: ReadonlyMap<string, CatalogFunction>;
  readonly api: ProductApi;
  readonly staff: StaffUserPool;
  readonly operations: Operations;
  readonly media: MediaBucket;
  readonly sms: SmsDelivery;

  constructor(scope: Construct, id: string, props: CoreStackProps) {
    super(scope, id, props);

    const key = new Key(this, 'CoreKey', {
      alias: CORE_KEY_ALIAS,
      description: 'Lapor Aman: the table, the operations topic (personal data is sealed under tenant keys)',
      enableKeyRotation: true,
    });
    this.table = new CaseTable(this, 'Cases', key);
    this.caseSecrets = new CaseSecretTable(this, 'CaseSecrets', key);
    this.operations = new Operations(this, 'Operations', key);
    this.media = new MediaBucket(this, 'Media');
    this.sms = new SmsDelivery(this, 'Sms', { settings: props.sms, operations: this.operations });
    createDeploymentSecrets(this);

    // The API exists before the functions: the staff sign-in must know the console's URL, and the staff
    // functions the sign-in's ids; routes come last.
    this.api = new ProductApi(this, 'Http');
    const consoleUrls = staffSignInCallbacks(props.catalog, props.routes).map((path) => `${this.api.url}${path}`);
    this.staff = new StaffUserPool(this, 'Staff', { consoleUrls, signIn: props.staffSignIn });

    const environment = cloudEnvironment(this.table.table.tableName);
    const deployment: DeploymentValues = {
      mediaBucket: this.media.bucket.bucketName,
      staffUserPoolId: this.staff.pool.userPoolId,
      staffClientId: this.staff.consoleClient.userPoolClientId,
      staffSignInUrl: this.staff.signInUrl,
      apiUrl: this.api.url,
      smsSenderId: props.sms.senderId,
    };
    const functions = new Map<string, CatalogFunction>();
    for (const entry of props.catalog) {
      functions.set(
        entry.name,
        new CatalogFunction(this, entry.name, {
          entry,
          entryPath: lambdaEntryPath(props.functionsDir, entry.name),
          projectRoot: props.projectRoot,
          table: this.table,
          caseSecrets: this.caseSecrets,
          environment: { ...environment, ...entry.environment?.(deployment) },
          operations: this.operations,
        }),
      );
    }
    this.functions = functions;
    // IAM sees no user's regency: the function checks it (shared/oncall/cognito-staff-accounts.ts).
    for (const entry of props.catalog.filter((candidate) => candidate.managesStaffAccounts)) {
      const admin = functions.get(entry.name);
      if (!admin) continue;
      this.staff.pool.grant(admin.role, ...STAFF_ACCOUNT_ACTIONS);
      // One resource for every regency (the stack does not grow with them), run by the same function and role.
      if (Object.keys(props.firstSupervisors ?? {}).length > 0) {
        new CustomResource(this, 'FirstSupervisors', {
          serviceToken: admin.function.functionArn,
          resourceType: 'Custom::FirstSupervisors',
          properties: { supervisors: props.firstSupervisors },
        });
      }
    }
    for (const entry of props.catalog.filter((candidate) => candidate.smsDeliveryFailures)) {
      const recorder = functions.get(entry.name);
      if (recorder) this.sms.sendFailuresTo(recorder.function);
    }
    this.api.addRoutes({
      routes: props.routes,
      catalog: props.catalog,
      functions: new Map<string, IFunction>([...functions].map(([name, deployed]) => [name, deployed.function])),
      staff: this.staff,
    });

    this.operations.alarm('ApiServerErrors', {
      metric: this.api.stage.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
      description: 'The API answered 5xx: reporters may be failing to submit',
      threshold: 5,
    });
    this.operations.alarm('PendingAlerts', {
      metric: new Metric({ ...PENDING_ALERTS_METRIC, period: FIVE_MINUTES, statistic: 'Minimum' }),
      description: 'Case alerts have stayed undelivered for 15 minutes: on-call staff may not know about a case',
      periods: 3,
    });

    this.createTenantSeederRole();

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    if (consoleUrls[0]) new CfnOutput(this, 'StaffConsoleUrl', { value: consoleUrls[0] });
    new CfnOutput(this, 'StaffUserPoolId', { value: this.staff.pool.userPoolId });
    new CfnOutput(this, 'StaffConsoleClientId', { value: this.staff.consoleClient.userPoolClientId });
    new CfnOutput(this, 'OperationsTopicArn', { value: this.operations.topic.topicArn });
  }

  /**
   * The role every tenant stack's custom resources run as, found by its fixed name: one role instead of one
   * per tenant (IAM's default quota is 1,000 roles per account). It may write tenant seed items, and keep
   * the policy of a kept tenant key current (infra/constructs/tenant-key.ts), nothing else.
   */
  private createTenantSeederRole(): void {
    const role = new Role(this, 'TenantSeederRole', {
      roleName: functionRoleName(TENANT_SEEDER_ROLE),
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: "Lapor Aman: a tenant stack's custom resources: its profile into the table, the policy of a kept tenant key",
    });
    this.table.grant(role, [...TENANT_SEED_ACTIONS], {
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...TENANT_SEED_PARTITIONS] },
      'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...TENANT_SEED_ATTRIBUTES] },
    });
    allowOnPattern(
      role,
      new PolicyStatement({
        sid: 'SeederLogs',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [`arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:${TENANT_SEEDER_LOG_GROUP_PREFIX}*`],
      }),
      'Each tenant stack creates its seeder log group (/lapor-aman/tenant-seeder/<tenant>); naming them here would grow the core stack with every regency.',
    );
    allowOnPattern(
      role,
      new PolicyStatement({
        sid: 'KeptTenantKeyPolicies',
        actions: ['kms:PutKeyPolicy'],
        resources: [tenantKeyArnPattern()],
        conditions: { 'ForAnyValue:StringLike': { 'kms:ResourceAliases': TENANT_KEY_ALIAS_PATTERN } },
      }),
      'A re-created tenant stack imports the kept key named in config/deployment.json and writes its policy from the catalog; keys are found by their alias alias/lapor-aman/* (kms:ResourceAliases), since naming 514 key ids would grow the core stack with every regency.',
    );
  }
}

/** The console pages the staff sign-in returns to: the GET routes of entries that ask for it. */
function staffSignInCallbacks(catalog: readonly FunctionEntry[], routes: readonly RouteDefinition[]): string[] {
  const consoles = catalog.filter((entry) => entry.http?.auth === 'public' && entry.http.staffSignInCallback);
  return routes
    .filter((route) => route.routeKey.startsWith('GET ') && consoles.some((entry) => entry.name === route.functionName))
    .map((route) => route.routeKey.slice('GET '.length));
}
