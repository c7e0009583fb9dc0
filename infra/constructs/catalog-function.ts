/**
 * Everything one catalog entry deploys: its role, the function, its alarms, and for scheduled functions
 * the schedule and a dead-letter queue.
 */
import { Duration, Token, Validations } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { besideBundle } from '../bundling.js';
import type { FunctionEntry } from '../function-catalog.js';
import type { CaseSecretTable } from './case-secret-table.js';
import type { CaseTable } from './case-table.js';
import { FunctionRole } from './function-role.js';
import { LaporFunction } from './lapor-function.js';
import { PENDING_ALERT_STREAM_SOURCE } from '../pending-alert-stream.js';
import { FIVE_MINUTES, type Operations } from './operations.js';

export interface CatalogFunctionProps {
  readonly entry: FunctionEntry;
  /** Absolute path of `functions/<name>/lambda.ts`. */
  readonly entryPath: string;
  readonly projectRoot: string;
  readonly table: CaseTable;
  readonly caseSecrets: CaseSecretTable;
  /** Its variables: the cloud configuration every function gets plus the entry's own. */
  readonly environment: Readonly<Record<string, string>>;
  readonly operations: Operations;
}

export class CatalogFunction extends Construct {
  readonly role: FunctionRole;
  readonly function: LaporFunction;
  readonly deadLetterQueue?: Queue;

  constructor(scope: Construct, id: string, props: CatalogFunctionProps) {
    super(scope, id);
    const { entry, operations } = props;
    this.role = new FunctionRole(this, 'Role', entry, props.table, props.caseSecrets);
    if (entry.schedule) {
      this.deadLetterQueue = new Queue(this, 'DeadLetters', {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
    }

    this.function = new LaporFunction(this, 'Function', {
      entry: props.entryPath,
      projectRoot: props.projectRoot,
      description: entry.description,
      memoryMb: entry.memoryMb,
      timeoutSeconds: entry.timeoutSeconds,
      role: this.role,
      environment: checkedEnvironment(entry, props.environment),
      deadLetterQueue: this.deadLetterQueue,
      besideBundle: besideBundle(props.projectRoot, entry.name),
    });
    Validations.of(this.function.node.defaultChild as CfnFunction).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the bundle targets node22 and the bench measures that runtime (STACK.md); move runtime, target and bench together.',
    });

    operations.alarm(`${id}Errors`, {
      metric: this.function.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
      description: `${entry.name} failed at least once in 5 minutes (logs: ids and error codes only)`,
    });
    operations.alarm(`${id}Throttles`, {
      metric: this.function.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
      description: `${entry.name} was throttled: raise the account's Lambda concurrency quota`,
    });
    if (entry.schedule && this.deadLetterQueue) this.schedule(id, entry.schedule.everyMinutes, this.deadLetterQueue, operations);
    if (entry.pendingAlertStream) subscribeToPendingAlerts(this, props.table, this.deadLetterQueue);
  }

  /** EventBridge invokes asynchronously: a failed run lands in the queue (no retry; the next tick re-runs). */
  private schedule(id: string, everyMinutes: number, deadLetterQueue: Queue, operations: Operations): void {
    const every = Duration.minutes(everyMinutes);
    new Rule(this, 'Schedule', {
      description: `Runs ${id} every ${everyMinutes} minute(s)`,
      schedule: Schedule.rate(every),
      targets: [new LambdaFunction(this.function, { deadLetterQueue, retryAttempts: 2, maxEventAge: every })],
    });
    operations.alarm(`${id}DeadLetters`, {
      metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
      description: `${id} runs failed and were parked in its dead-letter queue`,
    });
  }
}

/** The stream source of `pendingAlertStream` entries (infra/pending-alert-stream.ts). */
function subscribeToPendingAlerts(catalogFunction: CatalogFunction, table: CaseTable, deadLetterQueue: Queue | undefined): void {
  if (!deadLetterQueue) throw new Error('a pendingAlertStream function needs a schedule (its safety net and dead-letter queue)');
  table.grantStreamRead(catalogFunction.role);
  catalogFunction.function.addEventSourceMapping('PendingAlerts', {
    eventSourceArn: table.streamArn,
    ...PENDING_ALERT_STREAM_SOURCE,
    onFailure: new SqsDlq(deadLetterQueue),
  });
}

/**
 * The variables, checked against the entry's own schema at synth rather than at cold start: every variable
 * it needs is there, and each value known now is valid (ids known only at deploy are checked at cold start).
 */
function checkedEnvironment(entry: FunctionEntry, environment: Readonly<Record<string, string>>): Record<string, string> {
  const parsed = entry.environmentSchema?.safeParse({ ...environment, AWS_REGION: 'set-by-lambda' });
  const deployTime = (name: PropertyKey | undefined) => Token.isUnresolved(environment[String(name)]);
  const issues = parsed?.success === false ? parsed.error.issues.filter((issue) => !deployTime(issue.path[0])) : [];
  if (issues.length > 0) {
    const problems = issues.map((issue) => `${issue.path.join('.')} (${issue.message})`).join(', ');
    throw new Error(`functions/${entry.name}: its environment does not satisfy its schema: ${problems}`);
  }
  return { ...environment };
}
