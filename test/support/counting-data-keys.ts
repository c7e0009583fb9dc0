/**
 * Counts the data-key provider's calls: in the cloud each one is one KMS request (GenerateDataKey or
 * Decrypt, shared/crypto/kms-data-key-provider.ts). Also the most that were in flight at once.
 */
import type { DataKeyProvider } from '#shared/crypto/data-key-provider.js';

export interface KmsCounter {
  calls: number;
  inFlight: number;
  mostInFlight: number;
}

export const newKmsCounter = (): KmsCounter => ({ calls: 0, inFlight: 0, mostInFlight: 0 });

export function countingDataKeys(keys: DataKeyProvider, counter: KmsCounter): DataKeyProvider {
  const counted = async <T>(call: () => Promise<T>): Promise<T> => {
    counter.calls++;
    counter.inFlight++;
    counter.mostInFlight = Math.max(counter.mostInFlight, counter.inFlight);
    try {
      return await call();
    } finally {
      counter.inFlight--;
    }
  };
  return {
    generateDataKey: (context) => counted(() => keys.generateDataKey(context)),
    unwrapDataKey: (context, wrapped, keyId) => counted(() => keys.unwrapDataKey(context, wrapped, keyId)),
  };
}
