/**
 * Lambda entry: the staff console page. Wired here rather than in shared/wiring/ on purpose: the
 * page needs no AWS client, and importing the cloud wiring would bundle the whole SDK into it. The
 * console's client is built beside this bundle at synth (infra/bundling.ts) and read once per container.
 */
import { readFileSync } from 'node:fs';
import { CONSOLE_CLIENT_FILE } from '#shared/channels/staff-console/console-client-file.js';
import { cognitoConsoleSignIn } from '#shared/channels/staff-console/console-sign-in.js';
import { loadCloudConfig, loadEnvironment, StaffConsoleConfig } from '#shared/config.js';
import { createLogger } from '#shared/platform.js';
import { createStaffConsoleHandler } from './handler.js';

const config = loadEnvironment(StaffConsoleConfig);

export const handler = createStaffConsoleHandler({
  signIn: cognitoConsoleSignIn(config.STAFF_SIGN_IN_URL, config.COGNITO_CLIENT_ID),
  clientScript: readFileSync(new URL(CONSOLE_CLIENT_FILE, import.meta.url), 'utf8'),
  logger: createLogger(loadCloudConfig().POWERTOOLS_LOG_LEVEL),
});
