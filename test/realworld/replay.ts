/**
 * `npm run replay -- --api http://127.0.0.1:3000 [--fixtures DIR] [--data-dir DIR]`: replays every
 * fixture in DIR (default `../shared/fixtures/realworld` next to the repository) against a running
 * `npm start`, with the local secrets from its data folder (default `.data`), prints one line per fixture
 * and exits non-zero when any fixture did not get the answer its `expect` names.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadOrCreateCallCenterKeys } from '#local/call-center-keys.js';
import { createLocalStaffLogin, DEV_LOGIN_KEY_FILE } from '#local/dev-login.js';
import { loadTenantsConfig } from '#local/runtime.js';
import { loadOrCreateWhatsAppSecrets, WHATSAPP_SECRETS_FILE } from '#local/whatsapp-local-secrets.js';
import { loadFixtures } from './realworld-fixture.js';
import { replayFixtures, resultLine } from './replay-fixtures.js';
import type { ReplayTarget } from './replay-target.js';

const USAGE = 'usage: npm run replay -- --api http://127.0.0.1:3000 [--fixtures DIR] [--data-dir DIR]';
const DEFAULT_FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/realworld/', import.meta.url));
const CALL_CENTER_KEYS_FILE = 'call-center-keys.json';

const { values } = parseArgs({
  options: { api: { type: 'string' }, fixtures: { type: 'string' }, 'data-dir': { type: 'string' } },
});
if (!values.api) exitWith(USAGE);
const fixturesDir = resolve(values.fixtures ?? DEFAULT_FIXTURES);
const dataDir = resolve(values['data-dir'] ?? process.env.LAPOR_AMAN_DATA_DIR ?? '.data');
if (!existsSync(fixturesDir)) exitWith(`No fixtures folder ${fixturesDir}: pass --fixtures DIR.\n${USAGE}`);

const results = await replayFixtures(localTarget(values.api.replace(/\/+$/, ''), dataDir), loadFixtures(fixturesDir));
for (const result of results) console.log(resultLine(result));
const failed = results.filter((result) => !result.pass).length;
console.log(`\n${results.length - failed} passed, ${failed} failed (${fixturesDir})`);
process.exitCode = failed === 0 ? 0 : 1;

/** The secrets `npm start` created in its data folder; this script never creates any. */
function localTarget(api: string, folder: string): ReplayTarget {
  for (const file of [WHATSAPP_SECRETS_FILE, CALL_CENTER_KEYS_FILE, DEV_LOGIN_KEY_FILE]) {
    if (!existsSync(join(folder, file))) exitWith(`No ${join(folder, file)}: run \`npm start\` first, or pass --data-dir.`);
  }
  const tenants = loadTenantsConfig().tenants;
  const staff = createLocalStaffLogin({ dataDir: folder, tenants });
  return {
    api,
    appSecret: loadOrCreateWhatsAppSecrets(join(folder, WHATSAPP_SECRETS_FILE)).appSecret,
    phoneNumberIds: Object.fromEntries(tenants.flatMap((t) => (t.whatsapp ? [[t.id, t.whatsapp.phoneNumberId]] : []))),
    callCenterKeys: loadOrCreateCallCenterKeys(join(folder, CALL_CENTER_KEYS_FILE), []),
    staffToken: (tenant) => staff.tokenFor(tenant, 'responder'),
  };
}

function exitWith(message: string): never {
  console.error(message);
  process.exit(2);
}
