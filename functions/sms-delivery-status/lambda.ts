/** Lambda entry: SNS's SMS failure log recorded on the alerts in DynamoDB, wired once per container. */
import { createSmsDeliveryStatusCloudDependencies } from '#shared/wiring/cloud-sms-delivery-status.js';
import { createSmsDeliveryStatusHandler } from './handler.js';

export const handler = createSmsDeliveryStatusHandler(createSmsDeliveryStatusCloudDependencies());
