/** What destroying a case's personal data needs from the outside world. Adapters: shared/store, shared/media. */
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { CaseKeyShredder, IdentityVault } from '../crypto/identity-vault.js';
import type { Clock } from '../intake/ports.js';
import type { MediaStore } from '../media/media-store.js';

/** A `details` part as stored on a case or in its history: where the references to its files are. */
export type StoredDetails = SealedEnvelope;

/** The sealed parts of a case's items (case item and history), found and removed in place. */
export interface SealedPartEraser {
  /** Every `details` part of the case (the report and the reporter's addenda). */
  listDetails(tenantId: string, caseId: string): Promise<StoredDetails[]>;
  /** Removes every sealed part from the case item and its history; returns how many it removed. */
  eraseSealedParts(tenantId: string, caseId: string): Promise<number>;
}

export interface PersonalDataDependencies {
  readonly eraser: SealedPartEraser;
  readonly vault: IdentityVault & CaseKeyShredder;
  readonly media: Pick<MediaStore, 'destroy'>;
  readonly clock: Clock;
}
