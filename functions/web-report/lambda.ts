/** Lambda entry: the web-report handler wired to the cloud adapters once per container. */
import { PosterConfig } from '#shared/channels/poster/poster-links.js';
import { loadEnvironment } from '#shared/config.js';
import { createCloudDependencies } from '#shared/wiring/cloud-intake.js';
import { createWebReportHandler } from './handler.js';

export const handler = createWebReportHandler({
  ...createCloudDependencies(),
  publicBaseUrl: loadEnvironment(PosterConfig).PUBLIC_BASE_URL,
});
