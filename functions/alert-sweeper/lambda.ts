/** Lambda entry: the alert sweeper wired to DynamoDB and SNS once per container. */
import { createAlertJobCloudDependencies } from '#shared/wiring/cloud.js';
import { createAlertSweeperHandler } from './handler.js';

export const handler = createAlertSweeperHandler(createAlertJobCloudDependencies());
