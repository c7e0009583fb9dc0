/**
 * Fault injection through the ports: decorators around the real local adapters (the DynamoDB client, the
 * data-key provider standing in for KMS, the SNS stand-in, the WhatsApp sender) that fail chosen calls, as
 * the cloud services fail: before the call takes effect (an outage, throttling) or after it (the write is
 * done but the caller never hears so: a crash or a lost answer between two steps).
 */
import {
  InternalServerError,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import { KMSInternalException } from '@aws-sdk/client-kms';
import { ThrottledException } from '@aws-sdk/client-sns';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { WhatsAppApiError, type WhatsAppSender } from '#shared/channels/whatsapp/ports.js';
import type { DataKeyProvider } from '#shared/crypto/data-key-provider.js';
import type { AlertPublisher } from '#shared/intake/ports.js';

export type FaultTiming = 'before' | 'after';

export interface FaultRule {
  /** The calls it targets, by label (see `describeCommand`; `KMS generate details`, `SNS publish`, `WhatsApp send`). */
  readonly label: string | RegExp;
  /** `before`: the call has no effect. `after`: it takes effect, then the caller gets the error. */
  readonly timing: FaultTiming;
  /** How many matching calls fail; then the rule is spent (the service recovered). */
  readonly times: number;
  /** Matching calls to let through first (to hit the second `Update CASE` of a flow, say). */
  readonly skip?: number;
  /** Which failure; default: the service's own throttling error. */
  readonly error?: () => Error;
}

export interface InjectedFault {
  readonly label: string;
  readonly timing: FaultTiming;
}

/** The faults still to inject and the ones that were, shared by every decorator of a runtime. */
export class FaultPlan {
  private rules: { rule: FaultRule; left: number; skip: number }[] = [];
  readonly injected: InjectedFault[] = [];
  /** Every call that passed through a decorator, by label (to find the steps of a flow). */
  readonly calls: string[] = [];
  /** Calls pass freely while false (e.g. during a test's Prepare). */
  recording = true;

  add(...rules: FaultRule[]): this {
    this.rules.push(...rules.map((rule) => ({ rule, left: rule.times, skip: rule.skip ?? 0 })));
    return this;
  }

  /** The services recover: nothing more fails. */
  heal(): void {
    this.rules = [];
  }

  get pending(): number {
    return this.rules.reduce((sum, r) => sum + r.left, 0);
  }

  async run<T>(label: string, call: () => Promise<T>, defaultError: () => Error): Promise<T> {
    if (this.recording) this.calls.push(label);
    const entry = this.rules.find(
      (r) => r.left > 0 && (typeof r.rule.label === 'string' ? r.rule.label === label : r.rule.label.test(label)),
    );
    if (!entry) return call();
    if (entry.skip > 0) {
      entry.skip--;
      return call();
    }
    entry.left--;
    const error = (entry.rule.error ?? defaultError)();
    this.injected.push({ label, timing: entry.rule.timing });
    if (entry.rule.timing === 'before') throw error;
    await call();
    throw error;
  }
}

/** `Put CASE`, `Get INTAKE`, `Update COUNTER`, `Update RATE`, `Query byReference`, …: operation and item kind. */
export function describeCommand(command: { constructor: { name: string }; input?: Record<string, any> }): string {
  const operation = command.constructor.name.replace(/Command$/, '');
  const input = command.input ?? {};
  if (operation === 'Query' || operation === 'Scan') return `${operation} ${input.IndexName ?? 'table'}`;
  const key = input.Key ?? input.Item ?? {};
  const pk = String(key.PK ?? '');
  const sk = String(key.SK ?? '');
  const kind = pk.startsWith('TENANT#') ? sk.split('#')[0] : pk.split('#')[0];
  return `${operation} ${kind}`;
}

const dynamoThrottle = () =>
  new ProvisionedThroughputExceededException({ message: 'injected: throughput exceeded', $metadata: {} });
export const dynamoInternalError = () => new InternalServerError({ message: 'injected: internal error', $metadata: {} });

export function faultyDocuments(documents: DynamoDBDocumentClient, plan: FaultPlan): DynamoDBDocumentClient {
  return new Proxy(documents, {
    get(target, property) {
      if (property === 'send') {
        return (command: any, ...rest: unknown[]) =>
          plan.run(describeCommand(command), () => (target.send as any)(command, ...rest), dynamoThrottle);
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const kmsFailure = () => new KMSInternalException({ message: 'injected: KMS internal error', $metadata: {} });

/** Labels `KMS generate <purpose>` and `KMS decrypt <purpose>`. */
export function faultyDataKeys(keys: DataKeyProvider, plan: FaultPlan): DataKeyProvider {
  return {
    generateDataKey: (context) => plan.run(`KMS generate ${context.purpose}`, () => keys.generateDataKey(context), kmsFailure),
    unwrapDataKey: (context, wrapped, keyId) =>
      plan.run(`KMS decrypt ${context.purpose}`, () => keys.unwrapDataKey(context, wrapped, keyId), kmsFailure),
  };
}

const snsThrottle = () => new ThrottledException({ message: 'injected: SNS throttled', $metadata: {} });

/** Label `SNS publish`. */
export function faultyPublisher(publisher: AlertPublisher, plan: FaultPlan): AlertPublisher {
  return { publish: (alert) => plan.run('SNS publish', () => publisher.publish(alert), snsThrottle) };
}

/** Label `WhatsApp send`. */
export function faultySender(sender: WhatsAppSender, plan: FaultPlan): WhatsAppSender {
  return {
    send: (tenant, to, message) =>
      plan.run('WhatsApp send', () => sender.send(tenant, to, message), () => new WhatsAppApiError(503, undefined)),
  };
}

/** Runtime options that put every port of a runtime under one plan. */
export function faultyPorts(plan: FaultPlan) {
  return {
    decorateDocuments: (documents: DynamoDBDocumentClient) => faultyDocuments(documents, plan),
    decorateDataKeys: (keys: DataKeyProvider) => faultyDataKeys(keys, plan),
    decorateAlertPublisher: (publisher: AlertPublisher) => faultyPublisher(publisher, plan),
    decorateWhatsAppSender: (sender: WhatsAppSender) => faultySender(sender, plan),
  };
}
