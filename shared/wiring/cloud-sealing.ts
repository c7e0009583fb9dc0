/**
 * What seals personal data, sends alerts and keys client addresses in the cloud: the KMS, SNS and Secrets
 * Manager clients. The web-report function imports this module dynamically (its own chunk), so the reporter's
 * pages never load those clients; the other intake functions import it statically (every request seals).
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { secretsManagerKey } from '../abuse/secrets-manager-key.js';
import type { CloudConfig } from '../config.js';
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { AlertPublisher } from '../intake/ports.js';
import { traced } from '../observability/tracer.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { createAlertAdapters, createTenantVault } from './cloud-common.js';

export interface SealingAdapters {
  readonly vault: IdentityVault;
  readonly alerts: AlertPublisher;
  /** The HMAC key that turns a client address into an abuse-limit counter (read once per container). */
  readonly addressKey: () => Promise<Buffer>;
}

export function createSealingAdapters(
  config: CloudConfig,
  documents: DynamoDBDocumentClient,
  tenants: TenantRegistry,
  addressKeyName: string,
): SealingAdapters {
  return {
    vault: createTenantVault(config, documents),
    alerts: createAlertAdapters(config, documents, tenants).alerts,
    addressKey: secretsManagerKey(traced(new SecretsManagerClient({ region: config.AWS_REGION })), addressKeyName),
  };
}
