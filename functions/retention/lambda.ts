/** Lambda entry: the retention job wired to DynamoDB, KMS (`details` only) and the media bucket once per container. */
import { createRetentionCloudDependencies } from '#shared/wiring/cloud-retention.js';
import { createRetentionHandler } from './handler.js';

export const handler = createRetentionHandler(createRetentionCloudDependencies());
