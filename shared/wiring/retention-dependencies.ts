/** The retention job's adapters over one table, for the cloud function and the local runtime alike. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CaseKeyShredder, IdentityVault } from '../crypto/identity-vault.js';
import type { AppLogger, Clock } from '../intake/ports.js';
import type { MediaStore } from '../media/media-store.js';
import type { RetentionJobDependencies } from '../pdp/ports.js';
import { DynamoCaseHistory } from '../store/dynamo-case-history.js';
import { DynamoRetentionSchedule } from '../store/dynamo-retention-schedule.js';
import { DynamoSealedPartEraser } from '../store/dynamo-sealed-part-eraser.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';

export interface RetentionPorts {
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly vault: IdentityVault & CaseKeyShredder;
  readonly media: Pick<MediaStore, 'destroy'>;
  readonly tenants: TenantRegistry;
  readonly clock: Clock;
  readonly logger: AppLogger;
}

export function createRetentionDependencies(ports: RetentionPorts): RetentionJobDependencies {
  const { documents, tableName } = ports;
  return {
    ...ports,
    eraser: new DynamoSealedPartEraser(documents, tableName),
    schedule: new DynamoRetentionSchedule(documents, tableName, new DynamoCaseHistory(documents, tableName)),
  };
}
