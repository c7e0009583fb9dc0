/**
 * Per-case key material: a random secret per case, kept apart from the sealed data in a store with no
 * backups and no point-in-time recovery. Every case part's AES key is derived from its KMS data key AND
 * this secret, so deleting the secret makes every copy of the case's ciphertext unreadable, restored
 * backups included (crypto-shredding).
 */
export const CASE_SECRET_BYTES = 32;

/** What the store holds for a case. */
export type CaseSecretState =
  | { readonly state: 'active'; readonly secret: Buffer }
  | { readonly state: 'destroyed'; readonly destroyedAt: string }
  | { readonly state: 'absent' };

/** Port: where the per-case secrets live (DynamoDB table without PITR in the cloud, dynalite locally). */
export interface CaseSecretStore {
  find(tenantId: string, caseId: string): Promise<CaseSecretState>;
  /** Stores `secret` unless the case already has one (returned instead) or was destroyed. */
  create(tenantId: string, caseId: string, secret: Buffer): Promise<CaseSecretState>;
  /** Forgets the secret for good and remembers when, so nothing can be sealed for the case again. */
  destroy(tenantId: string, caseId: string, at: string): Promise<void>;
}

export class CaseKeyDestroyedError extends Error {
  constructor(readonly destroyedAt: string) {
    super('the case key was destroyed');
    this.name = 'CaseKeyDestroyedError';
  }
}
