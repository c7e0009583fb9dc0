/**
 * The files of a case: those sealed in the report's `details` (sent before it was filed) and those of every
 * addendum (sent after an emergency report), as our own records say: id, kind, type, size, digest. The
 * case-media function reads them to list a case's files and to know that a file belongs to the case.
 */
import * as z from 'zod';
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { mapBounded } from '../map-bounded.js';
import { MEDIA_OBJECT_ID } from '../media/media-store.js';
import { type MediaDisposition, mediaFileName, servedMediaType } from '../media/served-media-type.js';
import { parseOrThrow } from '../validation.js';
import type { CaseMediaDependencies } from './case-media-ports.js';
import { CASE_ID, loadCase } from './load-case.js';
import type { StaffCase } from './ports.js';
import { MAX_OPEN_AT_ONCE } from './timeline-page.js';
import type { TimelineEntry } from './timeline.js';

/** A file as staff see it listed: enough to choose how to show it, nothing the reporter wrote. */
export interface CaseMediaFile {
  readonly objectId: string;
  /** What the channel called it: `image`, `audio`, `video`, `document`, `sticker`. */
  readonly kind: string;
  /** The type it is served with (our allow-list), not the one it arrived with. */
  readonly contentType: string;
  readonly disposition: MediaDisposition;
  readonly fileName: string;
  readonly size: number;
  readonly sha256: string;
  /** When the case received it: the report's time, or its addendum's. */
  readonly addedAt: string;
  /** A voice note recorded in the chat, rather than an audio file. */
  readonly voice?: boolean;
}

/** Our record of a stored file, as sealed in a report or an addendum; anything else in there is ignored. */
const StoredFileRecord = z.object({
  objectId: z.string().regex(MEDIA_OBJECT_ID),
  contentType: z.string().max(200),
  size: z.number().int().nonnegative(),
  sha256: z.string().max(128),
  kind: z.string().max(40),
  voice: z.boolean().optional(),
});
const SealedFiles = z.object({ media: z.array(z.unknown()).max(1000).optional() });

/** Changes read per request while looking for addenda. */
const CHANGES_PER_READ = 100;

export const MediaPath = z.object({
  caseId: z.string().regex(CASE_ID),
  objectId: z.string().regex(MEDIA_OBJECT_ID),
});

/** The path of a file's route: a malformed id is a 400 naming the field, never a lookup. */
export function parseMediaPath(pathParameters: unknown): z.infer<typeof MediaPath> {
  return parseOrThrow(MediaPath, pathParameters ?? {});
}

/** Every file of a case of the caller's regency (404 for any other case). */
export async function listCaseMedia(
  deps: Pick<CaseMediaDependencies, 'cases' | 'vault'>,
  session: StaffSession,
  pathParameters: unknown,
): Promise<{ readonly files: readonly CaseMediaFile[] }> {
  const { caseId } = parseOrThrow(MediaPath.pick({ caseId: true }), pathParameters ?? {});
  const record = await loadCase(deps.cases, session, caseId);
  return { files: await caseMediaFiles(deps, record) };
}

/** The report's files first, then each addendum's, oldest first. One KMS request per sealed part opened. */
export async function caseMediaFiles(deps: Pick<CaseMediaDependencies, 'cases' | 'vault'>, record: StaffCase): Promise<CaseMediaFile[]> {
  const addenda = [...record.earlierEntries.filter(isAddendum), ...(await recordedAddenda(deps, record))];
  // Parts the retention job destroyed are gone, and their files with them.
  const sealedParts = [{ at: record.createdAt, details: record.details }, ...addenda].filter(
    (part): part is { at: string; details: SealedEnvelope } => part.details !== undefined,
  );
  const context = { tenant: record.tenantId, caseId: record.caseId, purpose: 'details' } as const;
  const opened = await mapBounded(sealedParts, MAX_OPEN_AT_ONCE, async (part) => ({
    at: part.at,
    files: SealedFiles.safeParse(await deps.vault.open(context, part.details)).data?.media ?? [],
  }));
  const seen = new Set<string>();
  return opened.flatMap(({ at, files }) =>
    files.flatMap((raw) => {
      const file = StoredFileRecord.safeParse(raw).data;
      // A redelivered message reuses its object id: the file is listed once, where it first came.
      if (!file || seen.has(file.objectId)) return [];
      seen.add(file.objectId);
      return [toListed(file, at)];
    }),
  );
}

type Addendum = Extract<TimelineEntry, { kind: 'addendum' }>;

const isAddendum = (entry: TimelineEntry): entry is Addendum => entry.kind === 'addendum';

/** The addenda among the case's recorded changes, oldest first. */
async function recordedAddenda(deps: Pick<CaseMediaDependencies, 'cases'>, record: StaffCase): Promise<Addendum[]> {
  const newestFirst: Addendum[] = [];
  let before: number | undefined;
  for (;;) {
    const { changes, more } = await deps.cases.listChanges(record.tenantId, record.caseId, CHANGES_PER_READ, before);
    newestFirst.push(...changes.map((change) => change.entry).filter(isAddendum));
    const oldest = changes.at(-1);
    if (!more || !oldest) return newestFirst.reverse();
    before = oldest.version;
  }
}

function toListed(file: z.infer<typeof StoredFileRecord>, addedAt: string): CaseMediaFile {
  const served = servedMediaType(file.contentType);
  return {
    objectId: file.objectId,
    kind: file.kind,
    contentType: served.contentType,
    disposition: served.disposition,
    fileName: mediaFileName(served, file.objectId),
    size: file.size,
    sha256: file.sha256,
    addedAt,
    ...(file.voice === undefined ? {} : { voice: file.voice }),
  };
}
