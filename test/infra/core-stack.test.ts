import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '#shared/http/routes.js';
import { GSI, TABLE_KEYS, TTL_ATTRIBUTE } from '#shared/store/table-design.js';
import { LAMBDA_PLATFORM } from '../../infra/bundling.js';
import { FUNCTION_CATALOG } from '../../infra/function-catalog.js';
import { loadTenants } from '../../infra/lapor-aman-app.js';
import { PENDING_ALERTS_METRIC } from '../../infra/stacks/core-stack.js';
import { functionRoles } from './support/iam.js';
import { type SynthesizedApp, synthesizeLaporAman } from './support/synthesize.js';

let synthesized: SynthesizedApp;

beforeAll(() => {
  synthesized = synthesizeLaporAman();
});

afterAll(() => synthesized.dispose());

const resources = (type: string) => Object.values(synthesized.core.findResources(type)) as { Properties: any }[];
/** The catalog's functions (the stack also holds CDK's provider of its custom resources). */
const catalogFunctions = () =>
  resources('AWS::Lambda::Function').filter((fn) =>
    FUNCTION_CATALOG.some((entry) => entry.description === fn.Properties.Description),
  );

describe('core stack', () => {
  it('runs every function on arm64 and nodejs22.x with its log group, Powertools defaults and mapped stack traces', () => {
    // Act
    const functions = catalogFunctions();

    // Assess
    expect(functions).toHaveLength(FUNCTION_CATALOG.length);
    for (const fn of functions) {
      expect(fn.Properties.Architectures).toEqual([LAMBDA_PLATFORM.architecture]);
      expect(fn.Properties.Runtime).toBe(LAMBDA_PLATFORM.runtime);
      expect(fn.Properties.Handler).toBe('index.handler');
      expect(fn.Properties.LoggingConfig.LogGroup).toBeDefined();
      expect(fn.Properties.Environment.Variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: 'lapor-aman',
        POWERTOOLS_LOGGER_LOG_EVENT: 'false',
        NODE_OPTIONS: '--enable-source-maps',
      });
    }
    for (const logGroup of resources('AWS::Logs::LogGroup')) expect(logGroup.Properties.RetentionInDays).toBe(90);
  });

  it('traces every function with X-Ray, never keeping a response or an error as trace metadata', () => {
    // Act
    const functions = catalogFunctions();

    // Assess
    for (const fn of functions) {
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Properties.Environment.Variables).toMatchObject({
        POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
        POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
      });
    }
  });

  it('gives the functions tenant name templates, never a variable per tenant', () => {
    // Prepare
    const tenantIds = loadTenants().map((tenant) => tenant.id);

    // Act
    const coreTemplate = JSON.stringify(synthesized.core.toJSON());

    // Assess
    for (const id of tenantIds) expect(coreTemplate).not.toContain(id);
    for (const fn of catalogFunctions()) {
      expect(fn.Properties.Environment.Variables).toMatchObject({
        TENANT_KEY_ALIAS_TEMPLATE: 'alias/lapor-aman/{tenant}',
        ALERT_TOPIC_ARN_TEMPLATE: expect.anything(),
      });
    }
  });

  it('keeps the table on demand, recoverable, protected and encrypted with a rotating customer key', () => {
    // Assess
    synthesized.core.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() },
        KeySchema: [
          { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
        ],
      }),
    });
    const [table] = resources('AWS::DynamoDB::Table');
    expect(table?.Properties.GlobalSecondaryIndexes.map((index: any) => index.IndexName).sort()).toEqual(
      Object.values(GSI).map((index) => index.name).sort(),
    );
    for (const key of resources('AWS::KMS::Key')) expect(key.Properties.EnableKeyRotation).toBe(true);
  });

  it('serves exactly the routes of shared/http/routes.ts, staff routes behind the Cognito JWT', () => {
    // Act
    const routes = resources('AWS::ApiGatewayV2::Route');

    // Assess
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual(ROUTES.map((route) => route.routeKey).sort());
    for (const route of routes) {
      const served = ROUTES.find((candidate) => candidate.routeKey === route.Properties.RouteKey);
      const entry = FUNCTION_CATALOG.find((candidate) => candidate.name === served?.functionName);
      expect(route.Properties.AuthorizationType ?? 'NONE').toBe(entry?.http?.auth === 'staff' ? 'JWT' : 'NONE');
    }
  });

  it('throttles the API and writes access logs without the caller IP address', () => {
    // Act
    const [stage] = resources('AWS::ApiGatewayV2::Stage');

    // Assess
    expect(stage?.Properties.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    const format = String(stage?.Properties.AccessLogSettings.Format);
    expect(format).toContain('$context.routeKey');
    expect(format).not.toMatch(/sourceIp|userAgent|\$context\.path/);
  });

  it('runs every scheduled function on its rate with a dead-letter queue and alarms', () => {
    // Prepare
    const scheduled = FUNCTION_CATALOG.filter((entry) => entry.schedule);

    // Act
    const rules = resources('AWS::Events::Rule');

    // Assess
    expect(scheduled.length).toBeGreaterThan(0);
    expect(rules.map((rule) => rule.Properties.ScheduleExpression).sort()).toEqual(
      scheduled.map((entry) => `rate(${entry.schedule?.everyMinutes} minute${entry.schedule?.everyMinutes === 1 ? '' : 's'})`).sort(),
    );
    for (const rule of rules) {
      expect(rule.Properties.Targets[0].DeadLetterConfig.Arn).toBeDefined();
      expect(rule.Properties.Targets[0].RetryPolicy).toBeDefined();
    }
    expect(resources('AWS::SQS::Queue')).toHaveLength(scheduled.length);
  });

  it('alarms on errors and throttles of every function, on dead letters and on pending alerts', () => {
    // Act
    const alarms = resources('AWS::CloudWatch::Alarm');

    // Assess
    const metrics = alarms.map((alarm) => `${alarm.Properties.Namespace}/${alarm.Properties.MetricName}`);
    expect(metrics.filter((metric) => metric === 'AWS/Lambda/Errors')).toHaveLength(FUNCTION_CATALOG.length);
    expect(metrics.filter((metric) => metric === 'AWS/Lambda/Throttles')).toHaveLength(FUNCTION_CATALOG.length);
    expect(metrics).toContain('AWS/SQS/ApproximateNumberOfMessagesVisible');
    expect(metrics).toContain(`${PENDING_ALERTS_METRIC.namespace}/${PENDING_ALERTS_METRIC.metricName}`);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });

  it('lets staff tokens carry tenant and role that only an administrator can set', () => {
    // Act
    const [pool] = resources('AWS::Cognito::UserPool');
    const [client] = resources('AWS::Cognito::UserPoolClient');

    // Assess
    const custom = pool?.Properties.Schema.map((attribute: any) => [attribute.Name, attribute.Mutable]);
    expect(custom).toEqual(expect.arrayContaining([['tenant', false], ['role', true]]));
    expect(pool?.Properties.MfaConfiguration).toBe('ON');
    expect(pool?.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(client?.Properties.ReadAttributes).toEqual(expect.arrayContaining(['custom:tenant', 'custom:role']));
    expect(client?.Properties.WriteAttributes.filter((name: string) => name.startsWith('custom:'))).toEqual([]);
  });

  it('sends staff back to the console page after signing in, with the authorization code flow only', () => {
    // Prepare
    const consoleRoutes = ROUTES.filter((route) => {
      const entry = FUNCTION_CATALOG.find((candidate) => candidate.name === route.functionName);
      // The console page itself; an alert link (`/staff/a/{linkId}`) only redirects to it.
      return entry?.http?.auth === 'public' && entry.http.staffSignInCallback && route.routeKey.startsWith('GET ') && !route.routeKey.includes('{');
    });

    // Act
    const [client] = resources('AWS::Cognito::UserPoolClient');
    const domains = resources('AWS::Cognito::UserPoolDomain');

    // Assess
    expect(consoleRoutes).toHaveLength(1);
    expect(domains).toHaveLength(1);
    expect(client?.Properties.AllowedOAuthFlows).toEqual(['code']);
    const callback = JSON.stringify(client?.Properties.CallbackURLs);
    expect(callback).toContain(consoleRoutes[0]?.routeKey.slice('GET '.length));
    expect(callback).toContain('ApiEndpoint');
  });

  it('names every function role after its function, so tenant key policies can find it without exports', () => {
    // Act
    const roles = functionRoles(synthesized.core);

    // Assess
    expect([...roles.keys()].sort()).toEqual([...FUNCTION_CATALOG.map((entry) => entry.name), 'tenant-seeder'].sort());
    const outputs = Object.values(synthesized.core.toJSON().Outputs ?? {}) as { Export?: unknown }[];
    expect(outputs.filter((output) => output.Export)).toEqual([]);
  });
});
