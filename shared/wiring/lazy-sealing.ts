/**
 * The sealing adapters (shared/wiring/cloud-sealing.ts) behind their ports, loaded with the first request that
 * seals, alerts or keys an address: until then a container has not imported the KMS, SNS and Secrets Manager
 * clients. A failed load is tried again by the next request.
 */
import type { EncryptionContext } from '../crypto/encryption-context.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { IdentityVault, SealOptions } from '../crypto/identity-vault.js';
import type { AlertPublisher, CaseAlert } from '../intake/ports.js';
import { loadOnce } from '../load-once.js';
import type { SealingWiring } from './cloud-intake.js';
import type { SealingAdapters } from './cloud-sealing.js';

export function lazySealingAdapters(load: () => Promise<SealingAdapters>): SealingAdapters {
  const adapters = loadOnce(load);
  const vault: IdentityVault = {
    seal: async (context: EncryptionContext, value: unknown, options?: SealOptions) => (await adapters()).vault.seal(context, value, options),
    open: async <T>(context: EncryptionContext, envelope: SealedEnvelope) => (await adapters()).vault.open<T>(context, envelope),
  };
  const alerts: AlertPublisher = { publish: async (alert: CaseAlert) => (await adapters()).alerts.publish(alert) };
  return { vault, alerts, addressKey: async () => (await adapters()).addressKey() };
}

/** The sealing wiring of a function whose first requests may seal nothing: cloud-sealing.ts as a chunk of its own. */
export const sealingOnFirstUse: SealingWiring = (...wiring) =>
  lazySealingAdapters(async () => (await import('./cloud-sealing.js')).createSealingAdapters(...wiring));
