/**
 * Opening who reported: the only use case that decrypts a case's `identity` part, in its own function
 * (its own IAM role may Decrypt purpose `identity`, nothing else). A reason is required, and the audit
 * record is written BEFORE the decryption: when the audit write fails, nothing is decrypted.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { AuditUnavailableError, NoIdentityError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
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
}

export interface RevealResult {
  readonly caseId: string;
  readonly reference: string;
  readonly auditId: string;
  readonly revealedAt: string;
  readonly identity: ReporterIdentity;
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
  if (!sealed.identity) throw new NoIdentityError();

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
  const identity = await deps.vault.open<ReporterIdentity>({ tenant: tenantId, caseId: sealed.caseId, purpose: 'identity' }, sealed.identity);
  deps.logger.info('identity revealed', { tenant: tenantId, caseId: sealed.caseId, auditId });
  return { caseId: sealed.caseId, reference: sealed.reference, auditId, revealedAt, identity };
}
