/** The labels the real console page hands its client, for tests of the client's pure modules. */
import { consoleConfig } from '#shared/channels/staff-console/console-config.js';
import { createLabels } from '#shared/channels/staff-console/client/labels.js';

export const labels = createLabels(
  consoleConfig({ authorizeUrl: '/authorize', tokenUrl: '/token', clientId: 'console', scope: 'openid' }).labels,
);
