/** Lambda entry: the alert sweeper wired to DynamoDB and SNS once per container. */
import { createAlertJobCloudDependencies } from '#shared/wiring/cloud-alert-jobs.js';
import { createAlertSweeperHandler } from './handler.js';

export const handler = createAlertSweeperHandler(createAlertJobCloudDependencies());
