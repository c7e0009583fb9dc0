/**
 * `npm run smoke -- --api <ApiUrl>`: the checks an IT officer runs after a deploy (README "Deploy"), against
 * the test regency of config/tenants.json. Against `npm start` it finds the local runtime by itself; against
 * a deployment it uses the AWS credentials of the shell (`--region`, default AWS_REGION).
 *
 *   --tenant <id>     the test regency (default: the one config/tenants.json marks "smokeTest": true)
 *   --region <name>   the deployment's Region
 *   --table <name>    the deployment's table (default lapor-aman)
 *   --wait <seconds>  how long to wait for the alert SMS (default 10 locally, 180 on AWS)
 *
 * Exit code 0: every check passed; 1: a check failed; 2: nothing was run (usage, or no test regency).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Tenant, TenantsConfig } from '#shared/tenancy/tenant.js';
import { TABLE_NAME } from '../naming.js';
import { CloudTarget } from './cloud-target.js';
import { LocalTarget } from './local-target.js';
import { type CheckResult, runSmokeChecks } from './smoke-checks.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const TENANTS_FILE = new URL('../../config/tenants.json', import.meta.url);
const MARKS: Readonly<Record<CheckResult['outcome'], string>> = { passed: '✓', failed: '✗', 'not run': '–' };

/** Why nothing was run; printed as one line, exit code 2. */
class Refusal extends Error {
  override readonly name = 'Refusal';
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      api: { type: 'string' },
      tenant: { type: 'string' },
      region: { type: 'string' },
      table: { type: 'string' },
      wait: { type: 'string' },
    },
  });
  if (!values.api || !/^https?:\/\/[^\s]+$/.test(values.api)) {
    throw new Refusal('usage: npm run smoke -- --api <ApiUrl> [--tenant <id>] [--region <region>] [--table <name>] [--wait <seconds>]');
  }
  const api = values.api.replace(/\/+$/, '');
  const tenant = testRegency(values.tenant);
  const local = await LocalTarget.connect(api);
  const region = values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (!local && !region) throw new Refusal(`${api} is a deployment: give its Region (--region ap-southeast-3, or AWS_REGION)`);
  const target = local ?? new CloudTarget({ region: region ?? '', tableName: values.table ?? TABLE_NAME }, tenant);
  const waitMs = Number(values.wait ?? (local ? 10 : 180)) * 1000;

  console.log(`Lapor Aman smoke test of ${api} (${target.description}), test regency ${tenant.id}`);
  const results = await runSmokeChecks({ api, tenant, target, waitMs, pollMs: local ? 200 : 5000 });
  for (const result of results) console.log(`${MARKS[result.outcome]} ${result.check}: ${result.detail}`);
  const failed = results.filter((result) => result.outcome !== 'passed');
  console.log(
    failed.length === 0
      ? `All ${results.length} checks passed.`
      : `${failed.length} of ${results.length} checks did not pass: ${failed.map((result) => result.check).join('; ')}.`,
  );
  return failed.length === 0 ? 0 : 1;
}

/** The regency to test: only one config/tenants.json marks as a smoke-test regency. */
function testRegency(requested: string | undefined): Tenant {
  const { tenants } = TenantsConfig.parse(JSON.parse(readFileSync(TENANTS_FILE, 'utf8')));
  const tenant = requested ? tenants.find((candidate) => candidate.id === requested) : tenants.find((t) => t.smokeTest);
  if (!tenant) {
    throw new Refusal(requested ? `config/tenants.json lists no regency ${requested}` : 'config/tenants.json marks no regency "smokeTest": true');
  }
  if (!tenant.smokeTest) {
    throw new Refusal(`refused: ${tenant.id} is a real regency (not marked "smokeTest": true in config/tenants.json); nothing was filed`);
  }
  return tenant;
}

process.exitCode = await main().catch((error: unknown) => {
  if (error instanceof Refusal) {
    console.error(error.message);
    return 2;
  }
  console.error(`The smoke test itself failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}`);
  return 1;
});
