/**
 * How a stored file is answered to staff: the content type comes from our own record of the file, mapped
 * onto a short allow-list; what is not on it is a download of opaque bytes. A browser never renders
 * something we did not choose (no SVG, no HTML: they can carry script).
 */
export type MediaDisposition = 'inline' | 'attachment';

export interface ServedMediaType {
  readonly contentType: string;
  readonly disposition: MediaDisposition;
  /** For the download's file name. */
  readonly extension: string;
}

/** Images, audio and video are shown in the console; documents are downloaded. */
const ALLOWED: Readonly<Record<string, ServedMediaType>> = {
  'image/jpeg': { contentType: 'image/jpeg', disposition: 'inline', extension: 'jpg' },
  'image/png': { contentType: 'image/png', disposition: 'inline', extension: 'png' },
  'image/webp': { contentType: 'image/webp', disposition: 'inline', extension: 'webp' },
  'image/gif': { contentType: 'image/gif', disposition: 'inline', extension: 'gif' },
  'audio/ogg': { contentType: 'audio/ogg', disposition: 'inline', extension: 'ogg' },
  'audio/opus': { contentType: 'audio/ogg', disposition: 'inline', extension: 'ogg' },
  'audio/mpeg': { contentType: 'audio/mpeg', disposition: 'inline', extension: 'mp3' },
  'audio/mp4': { contentType: 'audio/mp4', disposition: 'inline', extension: 'm4a' },
  'audio/aac': { contentType: 'audio/aac', disposition: 'inline', extension: 'aac' },
  'audio/amr': { contentType: 'audio/amr', disposition: 'inline', extension: 'amr' },
  'audio/wav': { contentType: 'audio/wav', disposition: 'inline', extension: 'wav' },
  'audio/x-wav': { contentType: 'audio/wav', disposition: 'inline', extension: 'wav' },
  'video/mp4': { contentType: 'video/mp4', disposition: 'inline', extension: 'mp4' },
  'video/3gpp': { contentType: 'video/3gpp', disposition: 'inline', extension: '3gp' },
  'video/webm': { contentType: 'video/webm', disposition: 'inline', extension: 'webm' },
  'application/pdf': { contentType: 'application/pdf', disposition: 'attachment', extension: 'pdf' },
  'text/plain': { contentType: 'text/plain; charset=utf-8', disposition: 'attachment', extension: 'txt' },
  'application/msword': { contentType: 'application/msword', disposition: 'attachment', extension: 'doc' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    disposition: 'attachment',
    extension: 'docx',
  },
  'application/vnd.ms-excel': { contentType: 'application/vnd.ms-excel', disposition: 'attachment', extension: 'xls' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    disposition: 'attachment',
    extension: 'xlsx',
  },
};

const OPAQUE: ServedMediaType = { contentType: 'application/octet-stream', disposition: 'attachment', extension: 'bin' };

/** `audio/ogg; codecs=opus` and `Audio/OGG` are both `audio/ogg`; anything unknown is opaque bytes. */
export function servedMediaType(recordedContentType: string): ServedMediaType {
  const essence = recordedContentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return Object.hasOwn(ALLOWED, essence) ? (ALLOWED[essence] as ServedMediaType) : OPAQUE;
}

/** `<objectId>.<ext>`: the object id is our own `[A-Za-z0-9_-]` id, safe in a header and on any disk. */
export function mediaFileName(served: ServedMediaType, objectId: string): string {
  return `${objectId}.${served.extension}`;
}
