/** Lambda entry: the staff admin function wired to the cloud adapters (Cognito, KMS, DynamoDB) once per container. */
import { createStaffAdminCloudDependencies } from '#shared/wiring/cloud-staff.js';
import { createStaffAdminHandler } from './handler.js';

export const handler = createStaffAdminHandler(createStaffAdminCloudDependencies());
