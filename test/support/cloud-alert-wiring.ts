/** The cloud's alert wiring over the embedded table: intake hands rota regencies to the sweeper, SNS is the caller's mock. */
import { SNSClient } from '@aws-sdk/client-sns';
import { IdempotentAlertPublisher } from '#shared/alerts/idempotent-alert-publisher.js';
import type { AlertJobDependencies } from '#shared/alerts/ports.js';
import { SweeperHandOffAlertPublisher } from '#shared/alerts/sweeper-hand-off.js';
import type { AlertPublisher, Clock } from '#shared/intake/ports.js';
import { DynamoAlertOutbox } from '#shared/store/dynamo-alert-outbox.js';
import { DynamoStaffDirectory } from '#shared/store/dynamo-staff-directory.js';
import { DynamoTenantRegistry } from '#shared/store/dynamo-tenant-registry.js';
import { buildAlertSweeperDependencies } from '#shared/wiring/cloud-alert-jobs.js';
import type { TestRuntime } from './local-runtime.js';

export const CLOUD_LINK_BASE = 'https://abc123.execute-api.ap-southeast-3.amazonaws.com';

export interface CloudAlertWiring {
  /** What intake publishes through in the cloud. */
  readonly intakeAlerts: AlertPublisher;
  readonly sweeper: AlertJobDependencies;
}

/** `topicTransport` stands for the regencies' SNS topics (behind the delivery log, as in the cloud). */
export function cloudAlertWiring(runtime: TestRuntime, clock: Clock, topicTransport: AlertPublisher): CloudAlertWiring {
  const { documents } = runtime.dynamo;
  const outbox = new DynamoAlertOutbox(documents, runtime.tableName);
  const chains = new DynamoStaffDirectory(documents, runtime.tableName);
  const topic = new IdempotentAlertPublisher(topicTransport, outbox, clock, runtime.deps.logger);
  return {
    // An intake container of its own: it learns of a rota from the tenant item, cached from its first report.
    intakeAlerts: new SweeperHandOffAlertPublisher(new DynamoTenantRegistry(documents, runtime.tableName, () => clock.now().getTime()), topic),
    sweeper: buildAlertSweeperDependencies({
      documents,
      tableName: runtime.tableName,
      tenants: runtime.deps.tenants,
      vault: runtime.deps.vault,
      sns: new SNSClient({ region: 'ap-southeast-3' }),
      topic,
      outbox,
      chains,
      linkBase: CLOUD_LINK_BASE,
      senderId: 'LaporAman',
      clock,
      logger: runtime.deps.logger,
    }),
  };
}
