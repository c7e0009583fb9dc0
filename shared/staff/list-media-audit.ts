/** Who opened which file of which case, newest first: for supervisors only, beside the reveal audit log. */
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { parseOrThrow } from '../validation.js';
import type { MediaAuditLog, MediaOpeningAuditEntry } from './case-media-ports.js';
import { AuditQuery } from './list-reveal-audit.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';

export interface MediaAuditPage {
  readonly openings: readonly MediaOpeningAuditEntry[];
  readonly nextCursor?: string;
}

export async function listMediaAudit(
  deps: { readonly audit: Pick<MediaAuditLog, 'listMediaOpenings'> },
  session: StaffSession,
  rawQuery: unknown,
): Promise<MediaAuditPage> {
  requireSupervisor(session.staff);
  const query = parseOrThrow(AuditQuery, rawQuery ?? {});
  const page = await deps.audit.listMediaOpenings(session.tenant.id, query.limit, decodeCursor(query.cursor));
  return { openings: page.items, nextCursor: encodeCursor(page.resumeAfter) };
}
