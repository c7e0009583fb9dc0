/**
 * `tsx shared/channels/staff-console/write-console-client.ts <folder>`: writes the built client into the
 * staff-console function's bundle folder. The CDK app runs it after esbuild (infra/bundling.ts), offline.
 */
import { writeConsoleClient } from './console-client-build.js';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: write-console-client.ts <folder>');
  process.exit(2);
}
writeConsoleClient(folder);
