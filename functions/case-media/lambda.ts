/** Lambda entry: a case's files wired to the cloud adapters once per container. */
import { createCaseMediaCloudDependencies } from '#shared/wiring/cloud-staff.js';
import { createCaseMediaHandler } from './handler.js';

export const handler = createCaseMediaHandler(createCaseMediaCloudDependencies());
