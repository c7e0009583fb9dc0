/**
 * The process's one X-Ray tracer. Off by itself outside Lambda (no `AWS_EXECUTION_ENV`: `npm start`, the
 * tests, the bench) and wherever `POWERTOOLS_TRACE_ENABLED=false`, so no X-Ray daemon is ever needed there.
 */
import { Tracer } from '@aws-lambda-powertools/tracer';

export const tracer = new Tracer({
  // Outgoing HTTPS besides the AWS SDK is the Graph API, whose media links carry signed query strings.
  captureHTTPsRequests: false,
});

/** An AWS SDK v3 client whose calls become X-Ray subsegments (operation, table or topic: never a payload). */
export function traced<Client>(client: Client): Client {
  return tracer.captureAWSv3Client(client);
}
