/** Per-case secrets in memory, for unit tests of the vault (integration tests use the DynamoDB store). */
import type { CaseSecretState, CaseSecretStore } from '#shared/crypto/case-secrets.js';

export class MemoryCaseSecrets implements CaseSecretStore {
  readonly states = new Map<string, CaseSecretState>();

  async find(tenantId: string, caseId: string): Promise<CaseSecretState> {
    return this.states.get(`${tenantId}/${caseId}`) ?? { state: 'absent' };
  }

  async create(tenantId: string, caseId: string, secret: Buffer): Promise<CaseSecretState> {
    const key = `${tenantId}/${caseId}`;
    if (!this.states.has(key)) this.states.set(key, { state: 'active', secret });
    return this.states.get(key) as CaseSecretState;
  }

  async destroy(tenantId: string, caseId: string, at: string): Promise<void> {
    this.states.set(`${tenantId}/${caseId}`, { state: 'destroyed', destroyedAt: at });
  }
}
