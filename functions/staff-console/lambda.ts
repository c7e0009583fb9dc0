/** Lambda entry: the staff console page, configured with the staff sign-in once per container. */
import { createStaffConsoleCloudDependencies } from '#shared/wiring/cloud.js';
import { createStaffConsoleHandler } from './handler.js';

export const handler = createStaffConsoleHandler(createStaffConsoleCloudDependencies());
