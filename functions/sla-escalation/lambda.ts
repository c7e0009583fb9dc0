/** Lambda entry: the SLA escalation job wired to DynamoDB and SNS once per container. */
import { createAlertJobCloudDependencies } from '#shared/wiring/cloud-alert-jobs.js';
import { createSlaEscalationHandler } from './handler.js';

export const handler = createSlaEscalationHandler(createAlertJobCloudDependencies());
