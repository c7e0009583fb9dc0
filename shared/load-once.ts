/**
 * What a Lambda container loads or reads once and then shares between requests (a secret, a client's chunk):
 * concurrent callers wait for the same load, and a failed load is not kept, so the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
