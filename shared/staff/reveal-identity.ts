/**
 * Opening who reported: the only use case that decrypts a case's `identity` part (and the victim's
 * contact an on-behalf reporter gave, purpose `victimContact`), in its own function (its own IAM role may
 * Decrypt those two purposes, nothing else). A reason is required: a kind from the list and words sealed
 * before they are stored (shared/staff/reveal-policy.ts), or, in an approval-mode regency, a responder's
 * approved request (used once). The audit record is written BEFORE the decryption: when the audit write
 * fails, nothing is decrypted.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import { AuditUnavailableError, NoIdentityError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import type { VolunteerOrganisation } from '../intake/reporter-role.js';
import type { VictimContact } from '../intake/report-submission.js';
import { findInTenant, staffRef } from './load-case.js';
import type { RevealDependencies, SealedIdentity } from './ports.js';
import {
  mayRevealDirectly,
  RevealApprovalRequiredError,
  RevealGrantUnusableError,
  RevealReason,
  type RevealReasonKind,
} from './reveal-policy.js';

/** An approval-mode responder: the supervisor's approved request carries the reason. */
const RevealWithApproval = z.object({ requestId: z.string().regex(/^[0-9A-Za-z]{10,40}$/) });

export const RevealRequest = z.union([RevealReason, RevealWithApproval]);

/** Parsed by the shape the caller chose, so a missing field is named rather than a union failing. */
function parseRevealRequest(input: unknown): z.infer<typeof RevealRequest> {
  const usesApproval = typeof input === 'object' && input !== null && 'requestId' in input;
  return usesApproval ? parseOrThrow(RevealWithApproval, input) : parseOrThrow(RevealReason, input);
}

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
  const request = parseRevealRequest(input);
  const tenantId = session.tenant.id;
  // Found first: another regency's case is a 404 whatever the caller's role.
  const sealed = await findInTenant((tenant, id) => deps.identities.findSealedIdentity(tenant, id), session, caseId);
  if (!('requestId' in request) && !mayRevealDirectly(session.tenant.revealMode, session.staff.role)) {
    throw new RevealApprovalRequiredError();
  }
  if (!sealed.identity && !sealed.victimContact) throw new NoIdentityError();

  const auditId = deps.ids.newId();
  const revealedAt = deps.clock.now().toISOString();
  const reason =
    'requestId' in request
      ? await useApprovedRequest(deps, session, sealed, request.requestId, revealedAt)
      : {
          reasonKind: request.reasonKind,
          sealedReason: await deps.vault.seal({ tenant: tenantId, caseId: sealed.caseId, purpose: 'note' }, { text: request.reason }),
        };
  try {
    await deps.audit.recordReveal({
      auditId,
      tenantId,
      caseId: sealed.caseId,
      reference: sealed.reference,
      at: revealedAt,
      by: staffRef(session.staff),
      ...reason,
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

/**
 * The caller's own approved request for this case, unexpired, and not used before: used now (a failed audit
 * after this spends it; the responder asks again, nothing was opened).
 */
async function useApprovedRequest(
  deps: RevealDependencies,
  session: StaffSession,
  sealed: SealedIdentity,
  requestId: string,
  at: string,
): Promise<{ readonly reasonKind: RevealReasonKind; readonly sealedReason: SealedEnvelope; readonly requestId: string }> {
  const request = await deps.grants.findRequest(session.tenant.id, requestId);
  const usable =
    request?.caseId === sealed.caseId &&
    request.requestedBy.id === session.staff.id &&
    request.status === 'approved' &&
    request.validUntil !== undefined &&
    at < request.validUntil;
  if (!usable || !(await deps.grants.useGrant({ tenantId: session.tenant.id, caseId: sealed.caseId, requestId, at }))) throw new RevealGrantUnusableError();
  return { reasonKind: request.reasonKind, sealedReason: request.reason, requestId };
}
