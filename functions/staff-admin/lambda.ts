/**
 * Lambda entry: the staff admin function wired to the cloud adapters (Cognito, KMS, DynamoDB) once per
 * container. API Gateway calls it for the directory; CloudFormation for the first supervisors at deploy.
 */
import type { Context } from 'aws-lambda';
import type { HttpEvent } from '#shared/http/http-types.js';
import { createStaffAdminCloudDependencies } from '#shared/wiring/cloud-staff.js';
import { createFirstSupervisorsHandler, isCustomResourceRequest } from './first-supervisors.js';
import { createStaffAdminHandler } from './handler.js';

const deps = createStaffAdminCloudDependencies();
const directory = createStaffAdminHandler(deps);
const firstSupervisors = createFirstSupervisorsHandler(deps);

export const handler = (event: unknown, context: Context) =>
  isCustomResourceRequest(event) ? firstSupervisors(event) : directory(event as HttpEvent, context);
