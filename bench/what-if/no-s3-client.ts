/**
 * Stands in for `@aws-sdk/client-s3` in one bench bundle only, to measure what the S3 client costs the
 * WhatsApp webhook (the media store is the only user). Never deployed: it stores nothing.
 */
class Command {
  constructor(readonly input: unknown) {}
}

export class S3Client {
  send(): Promise<never> {
    return Promise.reject(new Error('bench stand-in: no S3 client'));
  }
}
export class PutObjectCommand extends Command {}
export class GetObjectCommand extends Command {}
export class NoSuchKey extends Error {}
