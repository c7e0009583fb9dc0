/**
 * Opening who reported: the only use case that decrypts a case's `identity` part (and the victim's
 * contact an on-behalf reporter gave, purpose `victimContact`), in its own function (its own IAM role may
 * Decrypt those two purposes, nothing else). A reason is required, and the audit
 * record is written BEFORE the decryption: when the audit write fails, nothing is decrypted.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { AuditUnavailableError, NoIdentityError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import type { VolunteerOrganisation } from '../intake/reporter-role.js';
import type { VictimContact } from '../intake/report-submission.js';
import { findInTenant, staffRef } from './load-case.js';
import type { RevealDependencies } from './ports.js';

export const RevealRequest = z.object({
  /**
   * Why the staff member needs to know (e.g. "menghubungi pelapor untuk penjangkauan"). Stored in the
   * audit log in plaintext for supervisors: the console asks not to write names or numbers here.
   */
  reason: z.string().trim().min(10).max(300),
});

/** What a reporter gave about themself; every field is optional (channels collect different things). */
export interface ReporterIdentity {
  readonly name?: string;
  readonly phone?: string;
  readonly nik?: string;
  readonly address?: string;
  /** A volunteer's organisation (PATBM, SAPA, kader) and the village they serve. */
  readonly organisation?: VolunteerOrganisation;
  readonly village?: string;
}

export interface RevealResult {
  readonly caseId: string;
  readonly reference: string;
  readonly auditId: string;
  readonly revealedAt: string;
  /** Empty when the reporter stayed anonymous but gave the victim's contact. */
  readonly identity: ReporterIdentity;
  readonly victimContact?: VictimContact;
}

export async function revealIdentity(
  deps: RevealDependencies,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<RevealResult> {
  const { reason } = parseOrThrow(RevealRequest, input);
  const tenantId = session.tenant.id;
  const sealed = await findInTenant((tenant, id) => deps.identities.findSealedIdentity(tenant, id), session, caseId);
  if (!sealed.identity && !sealed.victimContact) throw new NoIdentityError();

  const auditId = deps.ids.newId();
  const revealedAt = deps.clock.now().toISOString();
  try {
    await deps.audit.recordReveal({
      auditId,
      tenantId,
      caseId: sealed.caseId,
      reference: sealed.reference,
      at: revealedAt,
      by: staffRef(session.staff),
      reason,
    });
  } catch (error) {
    // No audit, no reveal: the identity is never touched when its record is not stored.
    throw new AuditUnavailableError({ cause: error });
  }
  const context = { tenant: tenantId, caseId: sealed.caseId } as const;
  const [identity, victimContact] = await Promise.all([
    sealed.identity ? deps.vault.open<ReporterIdentity>({ ...context, purpose: 'identity' }, sealed.identity) : {},
    sealed.victimContact && deps.vault.open<VictimContact>({ ...context, purpose: 'victimContact' }, sealed.victimContact),
  ]);
  deps.logger.info('identity revealed', { tenant: tenantId, caseId: sealed.caseId, auditId });
  return { caseId: sealed.caseId, reference: sealed.reference, auditId, revealedAt, identity, victimContact };
}
