/**
 * How the table's stream invokes the alert sweeper: only for case items that sit in the `pendingAlerts`
 * index (they have `outboxPk`), in small batches; a failed record is bisected, retried twice, then left to
 * the every-minute sweep (which sends every pending alert anyway) with a note in the dead-letter queue.
 */
import { Duration } from 'aws-cdk-lib';
import { type EventSourceMappingOptions, FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { GSI } from '#shared/store/table-design.js';

export const PENDING_ALERT_STREAM_SOURCE: Omit<EventSourceMappingOptions, 'eventSourceArn' | 'onFailure'> = {
  startingPosition: StartingPosition.LATEST,
  batchSize: 10,
  maxBatchingWindow: Duration.seconds(0),
  bisectBatchOnError: true,
  retryAttempts: 2,
  // Older than this, the sweep has had its turn: the record has nothing left to speed up.
  maxRecordAge: Duration.minutes(5),
  reportBatchItemFailures: true,
  filters: [
    FilterCriteria.filter({
      eventName: FilterRule.or('INSERT', 'MODIFY'),
      dynamodb: {
        Keys: { SK: { S: FilterRule.beginsWith('CASE#') } },
        NewImage: { [GSI.pendingAlerts.partitionKey]: { S: FilterRule.exists() } },
      },
    }),
  ],
};
