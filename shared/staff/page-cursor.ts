/**
 * Opaque page cursors: the id after which the next page starts, wrapped so that clients do not build
 * them. Not signed: it only says where to resume inside the caller's own tenant partition, which the
 * token decides, so a forged cursor can show nothing a plain request could not.
 */
import { InvalidInputError } from '../errors.js';

const RESUME_ID = /^[0-9A-Za-z]{10,40}$/;

export function encodeCursor(resumeAfter: string | undefined): string | undefined {
  return resumeAfter === undefined ? undefined : Buffer.from(JSON.stringify({ after: resumeAfter })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const after: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')).after;
    if (typeof after === 'string' && RESUME_ID.test(after)) return after;
  } catch {
    // Falls through to the same answer as a well-formed but wrong cursor.
  }
  throw invalidCursor();
}

/** The one answer to a cursor this API did not give. */
export function invalidCursor(): InvalidInputError {
  const message = { id: 'kursor halaman tidak dikenal', en: 'not a page cursor from this API' };
  return new InvalidInputError([{ field: 'cursor', issue: message.en, message }]);
}
