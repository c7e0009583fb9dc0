/**
 * Bundling alias for `semver` in Lambda bundles only. Its one importer there is the X-Ray SDK's patcher for
 * the AWS SDK v2 (`captureAWS`, a version check), which nothing here calls: the v3 clients are traced by
 * Powertools' `captureAWSv3Client`. 28 KB less to parse at every cold start; a call fails loudly.
 */
export function gte(): never {
  throw new Error('semver is not bundled into Lambda functions (shared/wiring/lambda-semver.ts)');
}
