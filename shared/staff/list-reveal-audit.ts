/** The identity-reveal audit log of the regency, newest first: for supervisors only. */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { parseOrThrow } from '../validation.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { RevealAuditEntry, StaffDependencies } from './ports.js';

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

export interface RevealAuditPage {
  readonly reveals: readonly RevealAuditEntry[];
  readonly nextCursor?: string;
}

export async function listRevealAudit(
  deps: Pick<StaffDependencies, 'reveals'>,
  session: StaffSession,
  rawQuery: unknown,
): Promise<RevealAuditPage> {
  requireSupervisor(session.staff);
  const query = parseOrThrow(AuditQuery, rawQuery ?? {});
  const page = await deps.reveals.listReveals(session.tenant.id, query.limit, decodeCursor(query.cursor));
  return { reveals: page.items, nextCursor: encodeCursor(page.resumeAfter) };
}
