/**
 * `npm run call-center-key -- --tenant purwakarta [--label "Amazon Connect Purwakarta"] [--table <name>]`
 *
 * Creates a call-center API key for a deployed stack. Prints the key once (put it straight into the call
 * system's secret store; it is never stored anywhere else) and its hash (delete the item keyed by the hash
 * to revoke it). With `--table` it writes the hash item itself with the AWS SDK and your usual AWS
 * credentials (`--region` or AWS_REGION); without, it prints the `aws dynamodb put-item` command to run.
 */
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { callCenterKeyItem, DynamoApiKeyStore } from '#shared/store/dynamo-api-key-store.js';
import { type ApiKeyRecord, generateCallCenterKey, hashApiKey } from '#shared/tenancy/api-keys.js';
import { loadTenantsConfig } from './runtime.js';

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    label: { type: 'string' },
    table: { type: 'string' },
    region: { type: 'string' },
  },
});

const tenants = loadTenantsConfig().tenants;
const tenant = tenants.find((t) => t.id === values.tenant);
if (!tenant) fail(`--tenant must be one of: ${tenants.map((t) => t.id).join(', ')}`);
if (!tenant.channels.includes('call-center')) {
  fail(`${tenant.id} runs no call center: add "call-center" to its channels in config/tenants.json and deploy first`);
}

const key = generateCallCenterKey(tenant.id);
const record: ApiKeyRecord = {
  keyHash: hashApiKey(key),
  tenantId: tenant.id,
  createdAt: new Date().toISOString(),
  label: values.label,
};

if (values.table) {
  const region = values.region ?? process.env.AWS_REGION;
  if (!region) fail('--region (or AWS_REGION) is needed with --table');
  const client = new DynamoDBClient({ region });
  await new DynamoApiKeyStore(DynamoDBDocumentClient.from(client), values.table).saveCallCenterKey(record);
  client.destroy();
  console.log(`Key registered in ${values.table} (${region}) for ${tenant.displayName}.`);
} else {
  const item = Object.fromEntries(Object.entries(callCenterKeyItem(record)).map(([name, value]) => [name, { S: value }]));
  console.log(`Register the key's hash (nothing secret) in the product table:

  aws dynamodb put-item --table-name <table> --condition-expression 'attribute_not_exists(PK)' \\
    --item '${JSON.stringify(item).replaceAll("'", "'\\''")}'
`);
}

console.log(`Call-center API key for ${tenant.displayName} (shown once; send it as the x-api-key header):

  ${key}

Hash (to revoke: delete the item PK=APIKEY#<hash>, SK=CALL_CENTER): ${record.keyHash}`);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
