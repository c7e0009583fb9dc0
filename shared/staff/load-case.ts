/** The one way staff use cases read a case: in the caller's tenant only; anything else is the same 404. */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { CaseNotFoundError, VersionConflictError } from '../errors.js';
import type { CaseChange } from './case-change.js';
import type { StaffCase, StaffCaseStore, StaffDependencies } from './ports.js';
import type { StaffRef } from './timeline.js';

/** Case ids are ULIDs; a malformed id cannot exist, so it is answered like a missing case. */
export const CASE_ID = /^[0-9A-Za-z]{10,40}$/;

export function loadCase(
  cases: Pick<StaffCaseStore, 'findCase'>,
  session: StaffSession,
  caseId: string | undefined,
): Promise<StaffCase> {
  return findInTenant((tenantId, id) => cases.findCase(tenantId, id), session, caseId);
}

/** Any read of one case, bound to the session's tenant. */
export async function findInTenant<T>(
  find: (tenantId: string, caseId: string) => Promise<T | undefined>,
  session: StaffSession,
  caseId: string | undefined,
): Promise<T> {
  const found = caseId && CASE_ID.test(caseId) ? await find(session.tenant.id, caseId) : undefined;
  if (!found) throw new CaseNotFoundError();
  return found;
}

/** The case version a caller saw, sent back with every change (optimistic locking). */
export const ExpectedVersion = z.number().int().positive();

/** Optimistic locking: the caller decided on what it saw; if the case moved on since, it must look again. */
export function requireVersion(current: StaffCase, expectedVersion: number): void {
  if (current.version !== expectedVersion) throw new VersionConflictError();
}

/**
 * Records a change the caller decided on `expectedVersion`: the new version, or a 409 when another change
 * took that version first (nothing of this one was written).
 */
export async function saveCaseChange(deps: Pick<StaffDependencies, 'cases' | 'logger'>, change: CaseChange): Promise<number> {
  const result = await deps.cases.saveChange(change);
  if (!result.saved) throw new VersionConflictError();
  if (result.projectionLag) {
    deps.logger.warn('case saved, its projection left behind', {
      tenant: change.tenantId,
      caseId: change.caseId,
      version: result.version,
      errorName: result.projectionLag,
    });
  }
  return result.version;
}

export function staffRef(staff: StaffPrincipal): StaffRef {
  return { id: staff.id, name: staff.name, role: staff.role };
}
