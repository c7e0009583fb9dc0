/** Port + the one envelope implementation used in every environment; only the key provider differs. */
import { randomBytes } from 'node:crypto';
import { deriveCaseKeyedDataKey } from './case-key-derivation.js';
import { CASE_SECRET_BYTES, CaseKeyDestroyedError, type CaseSecretState, type CaseSecretStore } from './case-secrets.js';
import type { DataKeyProvider } from './data-key-provider.js';
import type { EncryptionContext, SealedPurpose } from './encryption-context.js';
import {
  CASE_KEYED_ENVELOPE_VERSION,
  decryptWithDataKey,
  EnvelopeError,
  ENVELOPE_VERSION,
  encryptWithDataKey,
  type SealedEnvelope,
} from './envelope.js';

/** What the caller knows about the case it seals for. */
export interface SealOptions {
  /**
   * The case id was made by this very call (its intake claim is fresh): no secret can exist yet, so the
   * vault writes one (conditionally) without looking first. A concurrent sealer's secret still wins.
   */
  readonly newCase?: true;
}

export interface IdentityVault {
  seal(context: EncryptionContext, value: unknown, options?: SealOptions): Promise<SealedEnvelope>;
  open<T = unknown>(context: EncryptionContext, envelope: SealedEnvelope): Promise<T>;
}

/**
 * Purposes whose `caseId` is not a case: a WhatsApp draft (conversation id, gone after 24 h) and a file
 * (media id, deleted with its case). They keep v1 envelopes: there is no case secret to bind them to yet.
 */
const NOT_CASE_KEYED: readonly SealedPurpose[] = ['draft', 'media'];

/** Whether parts of this purpose need their case's secret (what the secrets table's IAM follows). */
export const isCaseKeyed = (purpose: SealedPurpose): boolean => !NOT_CASE_KEYED.includes(purpose);

/**
 * How long a case's secret stays in memory: long enough for one case view or one job's step, short enough
 * that a warm function forgets a destroyed case within a minute.
 */
const SECRET_CACHE_MS = 60_000;
const SECRET_CACHE_ENTRIES = 256;

/** Crypto-shredding: what destroys a case's key material (the retention job's, alone). */
export interface CaseKeyShredder {
  destroyCaseKey(tenantId: string, caseId: string, at: string): Promise<void>;
}

export class EnvelopeIdentityVault implements IdentityVault, CaseKeyShredder {
  private readonly secrets = new Map<string, { readonly secret: Buffer; readonly until: number }>();

  constructor(
    private readonly keys: DataKeyProvider,
    private readonly caseSecrets: CaseSecretStore,
    private readonly now: () => number = Date.now,
  ) {}

  async seal(context: EncryptionContext, value: unknown, options: SealOptions = {}): Promise<SealedEnvelope> {
    const caseSecret = isCaseKeyed(context.purpose) ? await this.secretFor(context, options.newCase ? 'new' : 'create') : undefined;
    const dataKey = await this.keys.generateDataKey(context);
    const aesKey = caseSecret ? deriveCaseKeyedDataKey(dataKey.plaintext, caseSecret, context) : dataKey.plaintext;
    try {
      const sealed = encryptWithDataKey(aesKey, context, Buffer.from(JSON.stringify(value), 'utf8'));
      const v = caseSecret ? CASE_KEYED_ENVELOPE_VERSION : ENVELOPE_VERSION;
      return { v, alg: 'A256GCM', kid: dataKey.keyId, ek: dataKey.wrapped, ...sealed };
    } finally {
      aesKey.fill(0);
      dataKey.plaintext.fill(0);
    }
  }

  async open<T = unknown>(context: EncryptionContext, envelope: SealedEnvelope): Promise<T> {
    // The case secret first: a destroyed case costs no KMS request.
    const caseSecret = envelope.v === CASE_KEYED_ENVELOPE_VERSION ? await this.secretFor(context, 'find') : undefined;
    const dataKey = await this.keys.unwrapDataKey(context, Buffer.from(envelope.ek), envelope.kid);
    const aesKey = caseSecret ? deriveCaseKeyedDataKey(dataKey, caseSecret, context) : dataKey;
    try {
      return JSON.parse(decryptWithDataKey(aesKey, context, envelope).toString('utf8')) as T;
    } finally {
      aesKey.fill(0);
      dataKey.fill(0);
    }
  }

  async destroyCaseKey(tenantId: string, caseId: string, at: string): Promise<void> {
    this.secrets.delete(`${tenantId}\0${caseId}`);
    await this.caseSecrets.destroy(tenantId, caseId, at);
  }

  /** `find`: opening; `create`: sealing, a secret made if none exists; `new`: sealing for a case made just now. */
  private async secretFor(context: EncryptionContext, mode: 'find' | 'create' | 'new'): Promise<Buffer> {
    const cacheKey = `${context.tenant}\0${context.caseId}`;
    const cached = this.secrets.get(cacheKey);
    if (cached && cached.until > this.now()) return cached.secret;
    let found: CaseSecretState = mode === 'new' ? { state: 'absent' } : await this.caseSecrets.find(context.tenant, context.caseId);
    if (found.state === 'absent' && mode !== 'find') {
      found = await this.caseSecrets.create(context.tenant, context.caseId, randomBytes(CASE_SECRET_BYTES));
    }
    if (found.state === 'destroyed') throw new CaseKeyDestroyedError(found.destroyedAt);
    // Like a wrong context: an envelope named for a case without a key must not tell more.
    if (found.state === 'absent') throw new EnvelopeError('envelope could not be opened');
    if (this.secrets.size >= SECRET_CACHE_ENTRIES) this.secrets.clear();
    this.secrets.set(cacheKey, { secret: found.secret, until: this.now() + SECRET_CACHE_MS });
    return found.secret;
  }
}
