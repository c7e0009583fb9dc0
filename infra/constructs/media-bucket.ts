/**
 * Reporters' photos and voice notes. Each object is encrypted by S3 with its tenant's key (the function
 * asks for it on every put); the bucket itself is private, TLS-only and logs every access.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, type CfnBucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { mediaBucketName } from '../naming.js';

export class MediaBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const accessLogs = new Bucket(this, 'AccessLogs', {
      // Server access logs can only be delivered to a bucket with S3-managed encryption.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(accessLogs.node.defaultChild as CfnBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: "This is the media bucket's access-log bucket; logging it into itself would recurse.",
    });
    this.bucket = new Bucket(this, 'Bucket', {
      bucketName: mediaBucketName(),
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'media/',
      // Evidence of violence against children: never deleted with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
