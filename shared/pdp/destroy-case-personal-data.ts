/**
 * Destroys a case's personal data for good (crypto-shredding): its files, its per-case key material and its
 * sealed parts. Deleting the secret is what makes every remaining copy unreadable (a restored backup of the
 * case table still holds the old envelopes, but their keys need the secret); erasing the parts and files
 * then leaves nothing behind. Safe to run again after a crash at any step.
 */
import { CaseKeyDestroyedError } from '../crypto/case-secrets.js';
import { mapBounded } from '../map-bounded.js';
import type { PersonalDataDependencies } from './ports.js';

/** Files deleted at once: a case with many voice notes does not flood the store. */
const MEDIA_AT_ONCE = 4;

export interface DestroyedPersonalData {
  readonly files: number;
  readonly sealedParts: number;
}

export async function destroyCasePersonalData(
  deps: PersonalDataDependencies,
  tenantId: string,
  caseId: string,
): Promise<DestroyedPersonalData> {
  // The files are named only inside the sealed details: find them while the key still exists.
  const objectIds = await mediaOf(deps, tenantId, caseId);
  await mapBounded(objectIds, MEDIA_AT_ONCE, (objectId) => deps.media.destroy(tenantId, objectId));
  await deps.vault.destroyCaseKey(tenantId, caseId, deps.clock.now().toISOString());
  const sealedParts = await deps.eraser.eraseSealedParts(tenantId, caseId);
  return { files: objectIds.length, sealedParts };
}

async function mediaOf(deps: PersonalDataDependencies, tenantId: string, caseId: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const details of await deps.eraser.listDetails(tenantId, caseId)) {
    let opened: { media?: readonly { objectId?: unknown }[] };
    try {
      opened = await deps.vault.open({ tenant: tenantId, caseId, purpose: 'details' }, details);
    } catch (error) {
      // A run that crashed after destroying the key: the files went before the key did.
      if (error instanceof CaseKeyDestroyedError) return [];
      throw error;
    }
    for (const file of opened.media ?? []) if (typeof file.objectId === 'string') ids.add(file.objectId);
  }
  return [...ids];
}
