/**
 * The HTTP API: throttled, with access logs that record the route and status but never the caller's IP
 * address or the path; every route of shared/http/routes.ts wired in one loop to its catalog function.
 */
import { Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnRoute,
  HttpApi,
  type HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { RouteDefinition } from '#shared/http/routes.js';
import type { FunctionEntry } from '../function-catalog.js';
import { PRODUCT } from '../naming.js';
import { LOG_RETENTION } from './lapor-function.js';
import type { StaffUserPool } from './staff-user-pool.js';

/** Far above a regency's traffic (tens of reports a year), low enough to blunt a flood. */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

export interface ProductRoutes {
  readonly routes: readonly RouteDefinition[];
  readonly catalog: readonly FunctionEntry[];
  readonly functions: ReadonlyMap<string, IFunction>;
  readonly staff: StaffUserPool;
}

export class ProductApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', { apiName: PRODUCT, createDefaultStage: false });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTimeEpoch',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            error: '$context.error.responseType',
          }),
        ),
      },
    });
  }

  /** The API's base URL (the `$default` stage). */
  get url(): string {
    return this.api.apiEndpoint;
  }

  /** One route per entry of the route table, to its function; staff routes behind the pool's JWT. */
  addRoutes(props: ProductRoutes): void {
    const staffAuthorizer = new HttpUserPoolAuthorizer('StaffJwt', props.staff.pool, {
      userPoolClients: [props.staff.consoleClient],
    });
    const integrations = new Map<string, HttpLambdaIntegration>();
    for (const route of props.routes) {
      const entry = props.catalog.find((candidate) => candidate.name === route.functionName);
      const fn = props.functions.get(route.functionName);
      if (!entry?.http || !fn) throw new Error(`route "${route.routeKey}" has no deployable function`);
      const integration = integrations.get(entry.name) ?? new HttpLambdaIntegration(`${entry.name}-integration`, fn);
      integrations.set(entry.name, integration);
      const [method = '', path = ''] = route.routeKey.split(' ');
      const httpRoute = new HttpRoute(this, route.routeKey, {
        httpApi: this.api,
        routeKey: HttpRouteKey.with(path, method as HttpMethod),
        integration,
        ...(entry.http.auth === 'staff' ? { authorizer: staffAuthorizer } : {}),
      });
      if (entry.http.auth === 'public') {
        Validations.of(httpRoute.node.defaultChild as CfnRoute).acknowledge({ id: 'AwsSolutions-APIG4', reason: entry.http.reason });
      }
    }
  }
}
