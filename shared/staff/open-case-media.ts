/**
 * Opening one file of a case: the only use case that decrypts purpose `media`, in its own function (its
 * role alone may). The audit record (who, which case, which file, when) is written BEFORE anything of the
 * case is decrypted: when the audit write fails, nothing is. The file is answered with the type of our own
 * record (allow-listed), never the type it arrived with.
 */
import type { StaffSession } from '../auth/authenticate-staff.js';
import { MediaAuditUnavailableError, MediaNotFoundError } from '../errors.js';
import { caseMediaFiles, parseMediaPath } from './case-media.js';
import type { CaseMediaDependencies } from './case-media-ports.js';
import { loadCase, staffRef } from './load-case.js';

/**
 * The largest file answered in the function's own response: Lambda answers at most 6 MB, and binary
 * bodies travel base64-encoded (a third larger). Larger files go through a short-lived signed link.
 */
export const INLINE_MEDIA_MAX_BYTES = 4 * 1024 * 1024;

interface OpenedMediaHeaders {
  readonly contentType: string;
  readonly contentDisposition: string;
  readonly auditId: string;
}

export type OpenedMedia =
  | (OpenedMediaHeaders & { readonly kind: 'bytes'; readonly bytes: Buffer })
  | (OpenedMediaHeaders & { readonly kind: 'link'; readonly url: string; readonly expiresAt: string });

export async function openCaseMedia(deps: CaseMediaDependencies, session: StaffSession, pathParameters: unknown): Promise<OpenedMedia> {
  const { caseId, objectId } = parseMediaPath(pathParameters);
  const record = await loadCase(deps.cases, session, caseId);
  const tenantId = record.tenantId;
  const auditId = deps.ids.newId();
  const now = deps.clock.now();
  try {
    await deps.audit.recordMediaOpening({
      auditId,
      tenantId,
      caseId: record.caseId,
      reference: record.reference,
      objectId,
      at: now.toISOString(),
      by: staffRef(session.staff),
    });
  } catch (error) {
    // No audit, no file: not even the case's list of files is opened.
    throw new MediaAuditUnavailableError({ cause: error });
  }
  const file = (await caseMediaFiles(deps, record)).find((listed) => listed.objectId === objectId);
  if (!file) throw new MediaNotFoundError();
  // The file name is our own id and extension: nothing the reporter chose reaches the header.
  const headers = { contentType: file.contentType, contentDisposition: `${file.disposition}; filename="${file.fileName}"`, auditId };
  const log = { tenant: tenantId, caseId: record.caseId, auditId };
  if (file.size > INLINE_MEDIA_MAX_BYTES && deps.links) {
    const url = await deps.links.linkFor({ tenantId, objectId, ...headers });
    deps.logger.info('case media linked', log);
    const expiresAt = new Date(now.getTime() + deps.links.lifetimeSeconds * 1000).toISOString();
    return { kind: 'link', url, expiresAt, ...headers };
  }
  const stored = await deps.media.get(tenantId, objectId);
  if (!stored) {
    // Listed in the case but gone from storage: worth a look, never worth a 5xx to staff.
    deps.logger.warn('case media missing from storage', log);
    throw new MediaNotFoundError();
  }
  deps.logger.info('case media opened', log);
  return { kind: 'bytes', bytes: stored.bytes, ...headers };
}
