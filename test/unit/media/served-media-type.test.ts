import { describe, expect, it } from 'vitest';
import { mediaFileName, servedMediaType } from '#shared/media/served-media-type.js';

describe('servedMediaType', () => {
  it.each([
    ['image/jpeg', 'image/jpeg', 'inline'],
    ['audio/ogg; codecs=opus', 'audio/ogg', 'inline'],
    ['Video/MP4', 'video/mp4', 'inline'],
    ['application/pdf', 'application/pdf', 'attachment'],
    ['text/plain', 'text/plain; charset=utf-8', 'attachment'],
  ])('serves a file recorded as %s as %s, %s', (recorded, contentType, disposition) => {
    // Act
    const served = servedMediaType(recorded);

    // Assess
    expect(served).toMatchObject({ contentType, disposition });
  });

  it.each(['image/svg+xml', 'text/html', 'application/javascript', 'application/xhtml+xml', '', 'image/jpeg\r\nx-evil: 1'])(
    'serves a file recorded as %j as an opaque download',
    (recorded) => {
      // Act
      const served = servedMediaType(recorded);

      // Assess
      expect(served).toEqual({ contentType: 'application/octet-stream', disposition: 'attachment', extension: 'bin' });
    },
  );

  it('names the file after our object id and the served extension, never anything the reporter chose', () => {
    // Act
    const name = mediaFileName(servedMediaType('audio/ogg; codecs=opus'), 'wa-0123456789abcdef');

    // Assess
    expect(name).toBe('wa-0123456789abcdef.ogg');
  });
});
