import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { MEDIA_LINK_LIFETIME_SECONDS, S3MediaLinks } from '#shared/media/s3-media-links.js';

const s3 = new S3Client({
  region: 'ap-southeast-3',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session-token' },
});

describe('S3MediaLinks', () => {
  it('signs a short GET of the tenant object with our type and disposition and no signed payload', async () => {
    // Prepare
    const links = new S3MediaLinks(s3, 'lapor-aman-media-123456789012-ap-southeast-3');

    // Act
    const url = new URL(
      await links.linkFor({
        tenantId: 'blora',
        objectId: 'wa-0123456789abcdef',
        contentType: 'video/mp4',
        contentDisposition: 'inline; filename="wa-0123456789abcdef.mp4"',
      }),
    );

    // Assess
    expect(url.origin).toBe('https://lapor-aman-media-123456789012-ap-southeast-3.s3.ap-southeast-3.amazonaws.com');
    expect(url.pathname).toBe('/blora/wa-0123456789abcdef');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      'response-content-type': 'video/mp4',
      'response-content-disposition': 'inline; filename="wa-0123456789abcdef.mp4"',
      'response-cache-control': 'no-store',
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD',
      'X-Amz-Expires': String(MEDIA_LINK_LIFETIME_SECONDS),
      'X-Amz-Security-Token': 'session-token',
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^AKIDEXAMPLE\/\d{8}\/ap-southeast-3\/s3\/aws4_request$/);
    // Spaces as %20, never `+` (which S3 would read as a plus sign and refuse the signature).
    expect(url.search).not.toContain('+');
  });

  it('refuses an object id that is not ours', async () => {
    // Prepare
    const links = new S3MediaLinks(s3, 'bucket-name');

    // Act
    const signing = links.linkFor({ tenantId: 'blora', objectId: '../other', contentType: 'image/png', contentDisposition: 'inline' });

    // Assess
    await expect(signing).rejects.toThrow('not a media object id');
  });
});
