/**
 * `npm run staff-token -- --tenant blora --role supervisor`: prints a local staff ID token (valid one hour)
 * for curl against the local staff API, signed with the dev login's key in `.data/`. Local only.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StaffRole } from '#shared/auth/staff-principal.js';
import { createLocalStaffLogin, DEV_LOGIN_KEY_FILE } from './dev-login.js';
import { loadTenantsConfig } from './runtime.js';

const { values } = parseArgs({ options: { tenant: { type: 'string' }, role: { type: 'string', default: 'responder' } } });
const dataDir = resolve(process.env.LAPOR_AMAN_DATA_DIR ?? '.data');
const tenants = loadTenantsConfig().tenants;
const role = StaffRole.safeParse(values.role);
if (!values.tenant || !tenants.some((t) => t.id === values.tenant) || !role.success) {
  console.error(`usage: npm run staff-token -- --tenant ${tenants.map((t) => t.id).join('|')} [--role responder|supervisor]`);
  process.exit(2);
}
console.error(`(key: ${join(dataDir, DEV_LOGIN_KEY_FILE)}; the token works only against npm start)`);
console.log(createLocalStaffLogin({ dataDir, tenants }).tokenFor(values.tenant, role.data));
