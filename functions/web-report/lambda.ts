/**
 * Lambda entry: the web-report handler wired to the cloud adapters once per container. The KMS, SNS and
 * Secrets Manager clients come in a chunk loaded by the first request that seals, alerts or counts an
 * address, so the reporter's pages (form, status, darurat) never load them.
 */
import { PosterConfig } from '#shared/channels/poster/poster-links.js';
import { loadEnvironment } from '#shared/config.js';
import { createCloudDependencies } from '#shared/wiring/cloud-intake.js';
import { sealingOnFirstUse } from '#shared/wiring/lazy-sealing.js';
import { createWebReportHandler } from './handler.js';

export const handler = createWebReportHandler({
  ...createCloudDependencies(sealingOnFirstUse),
  publicBaseUrl: loadEnvironment(PosterConfig).PUBLIC_BASE_URL,
});
