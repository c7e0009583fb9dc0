/**
 * Where the next page of the case list starts: after an open case's position in the order, or among the
 * closed cases (after a case id, or at their start). Opaque to clients, not signed: it only says where to
 * resume inside the caller's own tenant, which the token decides.
 */
import * as z from 'zod';
import type { OpenPosition } from './case-order.js';
import { invalidCursor } from './page-cursor.js';

const CaseId = z.string().regex(/^[0-9A-Za-z]{10,40}$/);

const ListPosition = z.union([
  z.object({ open: z.tuple([z.number().int().min(0).max(9), z.iso.datetime(), CaseId]) }).strict(),
  z.object({ closed: CaseId.nullable() }).strict(),
]);

export type ListPosition = { readonly open: OpenPosition } | { readonly closed: string | null };

export function encodeListCursor(position: ListPosition | undefined): string | undefined {
  return position === undefined ? undefined : Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeListCursor(cursor: string | undefined): ListPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = ListPosition.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through to the same answer as a well-formed but wrong cursor.
  }
  throw invalidCursor();
}
