/**
 * The house Lambda: every default in one place (runtime, architecture, bundling, logs, Powertools env),
 * so that a function in the catalog states only what differs: memory, timeout, role and variables.
 */
import { join } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, type ICommandHooks, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TRACER_ENVIRONMENT } from '#shared/observability/tracer-environment.js';
import { LAMBDA_BUNDLE, LAMBDA_NODE_OPTIONS } from '../bundling.js';
import { PRODUCT } from '../naming.js';

/** STACK.md's bundling, in CDK's names; local esbuild only (no Docker on the IT officer's laptop). */
export const CDK_BUNDLING: BundlingOptions = {
  format: OutputFormat.ESM,
  target: LAMBDA_BUNDLE.target,
  minify: LAMBDA_BUNDLE.minify,
  sourceMap: LAMBDA_BUNDLE.sourcemap,
  sourcesContent: LAMBDA_BUNDLE.sourcesContent,
  mainFields: [...LAMBDA_BUNDLE.mainFields],
  externalModules: [...LAMBDA_BUNDLE.external],
  banner: LAMBDA_BUNDLE.banner.js,
  forceDockerBundling: false,
};

/** The namespace of the product's own metrics (the sweeper's `PendingAlerts`). */
export const METRICS_NAMESPACE = 'LaporAman';

/** Logs hold ids and codes only, yet they still are operational data about violence reports: 90 days. */
export const LOG_RETENTION = RetentionDays.THREE_MONTHS;

export interface LaporFunctionProps {
  /** Absolute path of `functions/<name>/lambda.ts`. */
  readonly entry: string;
  /** Repository root: where package-lock.json and the `#shared/*` imports resolve. */
  readonly projectRoot: string;
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly role: IRole;
  readonly environment: Readonly<Record<string, string>>;
  /** For scheduled (asynchronous) functions: where a failed run goes; no retry, the next tick runs again. */
  readonly deadLetterQueue?: IQueue;
  /** Writes files the function reads beside its bundle: the command for the bundle's folder (infra/bundling.ts). */
  readonly besideBundle?: (folder: string) => readonly string[];
}

export class LaporFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: LaporFunctionProps) {
    // Created before the function so the function writes to it from its first invocation.
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memoryMb,
      timeout: Duration.seconds(props.timeoutSeconds),
      role: props.role,
      logGroup,
      // X-Ray: the Powertools tracer (shared/observability) adds a subsegment per AWS call.
      tracing: Tracing.ACTIVE,
      bundling: {
        ...CDK_BUNDLING,
        esbuildArgs: Object.fromEntries(
          Object.entries(LAMBDA_BUNDLE.alias).map(([name, path]) => [`--alias:${name}`, join(props.projectRoot, path)]),
        ),
        commandHooks: props.besideBundle && afterBundling(props.besideBundle),
      },
      deadLetterQueue: props.deadLetterQueue,
      ...(props.deadLetterQueue ? { retryAttempts: 0 } : {}),
      environment: {
        POWERTOOLS_SERVICE_NAME: PRODUCT,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        // Never log an event: it would carry a reporter's words (shared/platform.ts logs ids only).
        POWERTOOLS_LOGGER_LOG_EVENT: 'false',
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_DEV: 'false',
        ...TRACER_ENVIRONMENT,
        // Stack traces of the minified bundle name our source files and lines (its cold-start cost: bench).
        NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
        ...props.environment,
      },
    });
    logGroup.grantWrite(props.role);
  }
}

/** Runs `command` in the bundle's folder once esbuild is done (a shell command: each part double-quoted). */
function afterBundling(command: (folder: string) => readonly string[]): ICommandHooks {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir, outputDir) => [command(outputDir).map((part) => JSON.stringify(part)).join(' ')],
  };
}
