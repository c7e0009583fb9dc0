/**
 * WhatsApp channel: Meta's webhook. GET is the verification handshake; POST carries signed notifications
 * (reporters' messages, delivery statuses). Each route calls one use case from shared/.
 */
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import { createMetrics, lambdaObservability } from '#shared/observability/lambda-observability.js';
import { UNATTRIBUTED_MESSAGES_METRIC } from '#shared/channels/whatsapp/metrics.js';
import {
  receiveWhatsAppWebhook,
  verifySubscription,
  type WhatsAppWebhookDependencies,
} from '#shared/channels/whatsapp/receive-webhook.js';
import { dispatch, type RouteHandler } from '#shared/http/dispatch.js';
import { httpErrorResponses } from '#shared/http/error-responses.js';
import type { HttpEvent, HttpResult } from '#shared/http/http-types.js';
import { header, rawBody } from '#shared/http/request-body.js';
import { jsonResponse, textResponse } from '#shared/http/responses.js';
import { securityHeaders } from '#shared/http/security-headers.js';

export type { WhatsAppWebhookDependencies } from '#shared/channels/whatsapp/receive-webhook.js';

/** Meta batches at most a few hundred kilobytes; anything near API Gateway's limit is not from Meta. */
export const WEBHOOK_BODY_LIMIT = 3 * 1024 * 1024;

export function createWhatsAppWebhookHandler(deps: WhatsAppWebhookDependencies, metrics: Metrics = createMetrics()) {
  const routes: Record<string, RouteHandler> = {
    'GET /webhooks/whatsapp': async (event) =>
      textResponse(200, await verifySubscription(deps, event.queryStringParameters ?? {})),

    // 200 only once every message in the body is stored and answered, known to be a duplicate, or refused
    // with the hotline reply; any other failure answers 503, and Meta redelivers the body.
    'POST /webhooks/whatsapp': async (event) => {
      const summary = await receiveWhatsAppWebhook(deps, {
        rawBody: rawBody(event, WEBHOOK_BODY_LIMIT),
        signature: header(event, 'x-hub-signature-256'),
      });
      if (summary.unattributed > 0) {
        metrics.addMetric(UNATTRIBUTED_MESSAGES_METRIC, MetricUnit.Count, summary.unattributed);
      }
      return jsonResponse(200, { received: summary.messages });
    },
  };

  return middy<HttpEvent, HttpResult>()
    .use(lambdaObservability(metrics))
    .use(securityHeaders())
    .use(httpErrorResponses({ logger: deps.logger }))
    .handler((event) => dispatch(routes, event));
}
