/** Lambda entry: the web-report handler wired to the cloud adapters once per container. */
import { createCloudDependencies } from '#shared/wiring/cloud-intake.js';
import { createWebReportHandler } from './handler.js';

export const handler = createWebReportHandler(createCloudDependencies());
