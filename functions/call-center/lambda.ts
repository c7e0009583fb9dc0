/** Lambda entry: the call-center handler wired to the cloud adapters once per container. */
import { createCloudDependencies } from '#shared/wiring/cloud-intake.js';
import { createSealingAdapters } from '#shared/wiring/cloud-sealing.js';
import { createCallCenterHandler } from './handler.js';

export const handler = createCallCenterHandler(createCloudDependencies(createSealingAdapters));
