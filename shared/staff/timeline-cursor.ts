/**
 * Where an older page of a case's timeline starts. Opaque to clients and checked like any input: it only
 * says where to resume inside a case the caller's token already lets them read, so a forged cursor shows
 * nothing a plain request could not.
 */
import * as z from 'zod';
import { InvalidInputError } from '../errors.js';

/** The page ends before this recorded change, or before this entry an earlier version kept on the case. */
export type TimelinePosition = { readonly beforeVersion: number } | { readonly beforeEarlier: number };

export interface TimelineCursor {
  readonly before: TimelinePosition;
  /** The oldest time the newer page showed: intake entries and reveals from then on belong to it. */
  readonly until?: string;
}

/** Versions are stored with ten digits. */
const Position = z.number().int().max(9_999_999_999);

const Stored = z.union([
  z.strictObject({ v: Position.min(2), u: z.iso.datetime().optional() }),
  z.strictObject({ e: Position.min(1), u: z.iso.datetime().optional() }),
]);

export function encodeTimelineCursor(cursor: TimelineCursor): string {
  const position = 'beforeVersion' in cursor.before ? { v: cursor.before.beforeVersion } : { e: cursor.before.beforeEarlier };
  return Buffer.from(JSON.stringify({ ...position, u: cursor.until })).toString('base64url');
}

export function decodeTimelineCursor(raw: string | undefined): TimelineCursor | undefined {
  if (raw === undefined) return undefined;
  let parsed: ReturnType<typeof Stored.safeParse> | undefined;
  try {
    parsed = Stored.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    // Falls through to the same answer as a well-formed but wrong cursor.
  }
  if (parsed?.success) {
    const { u: until, ...position } = parsed.data;
    return { before: 'v' in position ? { beforeVersion: position.v } : { beforeEarlier: position.e }, until };
  }
  const message = { id: 'kursor riwayat tidak dikenal', en: 'not a timeline cursor from this API' };
  throw new InvalidInputError([{ field: 'before', issue: message.en, message }]);
}
