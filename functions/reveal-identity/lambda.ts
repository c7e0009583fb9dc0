/** Lambda entry: the identity reveal wired to the cloud adapters once per container. */
import { createRevealIdentityCloudDependencies } from '#shared/wiring/cloud-staff.js';
import { createRevealIdentityHandler } from './handler.js';

export const handler = createRevealIdentityHandler(createRevealIdentityCloudDependencies());
