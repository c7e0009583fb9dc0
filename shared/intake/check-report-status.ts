/** Reporter status check: reference + tracking code -> status and last update, never case content. */
import * as z from 'zod';
import { normaliseReference, REFERENCE_PATTERN } from '../domain/reference.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import { hashTrackingCode, trackingCodeMatches } from '../crypto/tracking-code.js';
import type { AbuseDependencies } from '../abuse/limit-requests.js';
import { reserveCodeAttempt } from '../abuse/tracking-code-lockout.js';
import { ReportNotFoundError } from '../errors.js';
import type { Tenant } from '../tenancy/tenant.js';
import { parseOrThrow, RULE_TEXTS } from '../validation.js';
import type { CaseStatusView, CaseStore } from './ports.js';

export const StatusQuery = z.object({
  reference: z.string().max(40).transform(normaliseReference).pipe(z.string().regex(REFERENCE_PATTERN, RULE_TEXTS.reference.id)),
  trackingCode: z.string().trim().min(4, RULE_TEXTS.trackingCode.id).max(40),
});

export interface ReportStatus {
  readonly reference: string;
  readonly status: CaseStatus;
  readonly updatedAt: string;
}

/** Every channel's check goes through here, so the wrong-code lockout holds for web and WhatsApp alike. */
export async function checkReportStatus(
  deps: { readonly cases: CaseStore } & AbuseDependencies,
  tenant: Tenant,
  input: unknown,
): Promise<ReportStatus> {
  const found = await findReportByCode(deps, tenant, input);
  return { reference: found.reference, status: found.status, updatedAt: found.updatedAt };
}

/**
 * The case a reference + tracking code opens, under the wrong-code lockout (the status check and the
 * reporter's inbox alike): an unknown reference and a wrong code are the same 404.
 */
export async function findReportByCode(
  deps: { readonly cases: CaseStore } & AbuseDependencies,
  tenant: Tenant,
  input: unknown,
): Promise<CaseStatusView> {
  const query = parseOrThrow(StatusQuery, input);
  const attempt = await reserveCodeAttempt(deps, tenant.id, query.reference);
  const found = await deps.cases.findCaseByReference(tenant.id, query.reference);
  if (!found) {
    // Spend the same hashing work as a real check so timing does not tell "unknown" from "wrong code".
    hashTrackingCode(tenant.id, query.reference, query.trackingCode);
    throw new ReportNotFoundError();
  }
  if (!trackingCodeMatches(found.trackingHash, tenant.id, found.reference, query.trackingCode)) {
    throw new ReportNotFoundError();
  }
  await attempt.settleAsRight();
  return found;
}
