/** Lambda entry: the staff API wired to the cloud adapters once per container. */
import { createStaffApiCloudDependencies } from '#shared/wiring/cloud-staff.js';
import { createStaffApiHandler } from './handler.js';

export const handler = createStaffApiHandler(createStaffApiCloudDependencies());
