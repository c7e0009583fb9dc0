/**
 * The on-call alert publisher, put together once for the cloud (cloud-common.ts) and the local runtime:
 * they differ only in the transports they pass (SNS or the local outbox) and where links point.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { OnCallAlertPublisher, type OnCallPublisherDependencies } from '../oncall/on-call-alert-publisher.js';
import { DynamoAlertLinks } from '../store/dynamo-alert-links.js';
import { DynamoAlertTimeline } from '../store/dynamo-alert-timeline.js';
import { DynamoStaffDirectory } from '../store/dynamo-staff-directory.js';

export function buildOnCallAlertPublisher(
  documents: DynamoDBDocumentClient,
  tableName: string,
  ports: Pick<OnCallPublisherDependencies, 'tenants' | 'people' | 'topic' | 'linkBase' | 'clock' | 'logger'>,
): OnCallAlertPublisher {
  const directory = new DynamoStaffDirectory(documents, tableName);
  return new OnCallAlertPublisher({
    ...ports,
    directory,
    rotas: directory,
    links: new DynamoAlertLinks(documents, tableName),
    timeline: new DynamoAlertTimeline(documents, tableName),
  });
}
