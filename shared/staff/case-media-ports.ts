/** What the case-media function needs from the outside world. Adapters: shared/store/dynamo-media-audit.ts, shared/media/. */
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { AppLogger, Clock, IdGenerator } from '../intake/ports.js';
import type { MediaStore } from '../media/media-store.js';
import type { Page, StaffCaseStore } from './ports.js';
import type { StaffRef } from './timeline.js';

/** Who opened which file of which case, and when. Written before anything of the case is decrypted. */
export interface MediaOpeningAuditEntry {
  readonly auditId: string;
  readonly tenantId: string;
  readonly caseId: string;
  readonly reference: string;
  readonly objectId: string;
  readonly at: string;
  readonly by: StaffRef;
}

export interface MediaAuditLog {
  /** Conditional put: an audit record is never overwritten. */
  recordMediaOpening(entry: MediaOpeningAuditEntry): Promise<void>;
  /** Newest first. */
  listMediaOpenings(tenantId: string, limit: number, resumeAfter?: string): Promise<Page<MediaOpeningAuditEntry>>;
}

/** What a short-lived link must make the storage answer (the browser gets our type, never the uploader's). */
export interface MediaLinkRequest {
  readonly tenantId: string;
  readonly objectId: string;
  readonly contentType: string;
  readonly contentDisposition: string;
}

/**
 * Files too large for a function's answer are fetched by the browser straight from storage through a
 * short-lived signed link (S3 presigned GET). Absent locally: the route answers the bytes itself.
 */
export interface MediaLinkSigner {
  readonly lifetimeSeconds: number;
  linkFor(request: MediaLinkRequest): Promise<string>;
}

export interface CaseMediaDependencies {
  readonly cases: Pick<StaffCaseStore, 'findCase' | 'listChanges'>;
  readonly audit: MediaAuditLog;
  readonly media: Pick<MediaStore, 'get'>;
  readonly links?: MediaLinkSigner;
  readonly vault: IdentityVault;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: AppLogger;
}
