/** Lambda entry: the alert sweeper wired to DynamoDB, KMS (staff numbers) and SNS once per container. */
import { createAlertSweeperCloudDependencies } from '#shared/wiring/cloud-alert-jobs.js';
import { createAlertSweeperHandler } from './handler.js';

export const handler = createAlertSweeperHandler(createAlertSweeperCloudDependencies());
