/** The SMS delivery-status function: the delivery records in DynamoDB, nothing else. */
import type { SmsFailureDependencies } from '../alerts/record-sms-delivery-failure.js';
import { loadCloudConfig } from '../config.js';
import { createLogger } from '../platform.js';
import { DynamoSmsDeliveryFailures } from '../store/dynamo-sms-delivery-failures.js';
import { createDocumentClient } from './cloud-documents.js';

export function createSmsDeliveryStatusCloudDependencies(env: NodeJS.ProcessEnv = process.env): SmsFailureDependencies {
  const config = loadCloudConfig(env);
  return {
    failures: new DynamoSmsDeliveryFailures(createDocumentClient(config.AWS_REGION), config.TABLE_NAME),
    logger: createLogger(config.POWERTOOLS_LOG_LEVEL),
  };
}
