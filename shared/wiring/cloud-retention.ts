/** The retention function: the table, the case secrets (it alone destroys them), KMS and the media bucket. */
import { S3Client } from '@aws-sdk/client-s3';
import { fillTenant, loadCloudConfig, loadEnvironment } from '../config.js';
import { S3MediaStore } from '../media/s3-media-store.js';
import type { RetentionJobDependencies } from '../pdp/ports.js';
import { RetentionCloudConfig } from '../pdp/retention-cloud-config.js';
import { createLogger, systemClock } from '../platform.js';
import { DynamoTenantRegistry } from '../store/dynamo-tenant-registry.js';
import { createTenantVault } from './cloud-common.js';
import { createDocumentClient } from './cloud-documents.js';
import { createRetentionDependencies } from './retention-dependencies.js';
import { traced } from '../observability/tracer.js';


export function createRetentionCloudDependencies(env: NodeJS.ProcessEnv = process.env): RetentionJobDependencies {
  const config = loadCloudConfig(env);
  const { MEDIA_BUCKET } = loadEnvironment(RetentionCloudConfig, env);
  const documents = createDocumentClient(config.AWS_REGION);
  return createRetentionDependencies({
    documents,
    tableName: config.TABLE_NAME,
    vault: createTenantVault(config, documents),
    media: new S3MediaStore(traced(new S3Client({ region: config.AWS_REGION })), MEDIA_BUCKET, (tenant) =>
      fillTenant(config.TENANT_KEY_ALIAS_TEMPLATE, tenant),
    ),
    tenants: new DynamoTenantRegistry(documents, config.TABLE_NAME),
    clock: systemClock,
    logger: createLogger(config.POWERTOOLS_LOG_LEVEL),
  });
}
