/**
 * Stands in for `@aws-lambda-powertools/tracer` in bench bundles only (bench/tracing-cost.ts), to measure
 * what tracing costs each function at cold start. Never deployed: it traces nothing.
 */
export class Tracer {
  captureAWSv3Client<Client>(client: Client): Client {
    return client;
  }
}
