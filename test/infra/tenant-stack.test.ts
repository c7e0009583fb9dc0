import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWhatsAppNumbers } from '#shared/store/dynamo-whatsapp-numbers.js';
import { seedTenants } from '#shared/store/dynamo-tenant-registry.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { KEY_ADMIN_ACTIONS } from '../../infra/constructs/tenant-key.js';
import { allows, keyPolicyStatements } from './support/iam.js';
import { buildTestApp, type SynthesizedApp, synthesizeLaporAman, tenantsWithAlertNumbers } from './support/synthesize.js';

const CRYPTO_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'];

let synthesized: SynthesizedApp;
const tenants = tenantsWithAlertNumbers();

beforeAll(() => {
  synthesized = synthesizeLaporAman({ tenants });
});

afterAll(() => synthesized.dispose());

function template(tenant: Tenant) {
  const found = synthesized.tenants.get(tenant.id);
  if (!found) throw new Error(`no stack for ${tenant.id}`);
  return found;
}

const resources = (tenant: Tenant, type: string) =>
  Object.entries(template(tenant).findResources(type)) as [string, { Properties: any; DeletionPolicy?: string }][];

/** What the local runtime sends for a tenant (the profile update, the WhatsApp number put), captured from its own seeding code. */
async function locallySeeded(tenant: Tenant): Promise<{ profile: unknown; numbers: unknown[] }> {
  const inputs: Record<string, unknown>[] = [];
  const capture = { send: async (command: { input: Record<string, unknown> }) => inputs.push(command.input) };
  const db = capture as unknown as DynamoDBDocumentClient;
  await seedTenants(db, 'lapor-aman', [tenant]);
  await seedWhatsAppNumbers(db, 'lapor-aman', [tenant]);
  const [profile, ...numbers] = inputs;
  return { profile, numbers: numbers.map((put) => put.Item) };
}

/** DynamoDB JSON back to plain values (only the types a seed item uses). */
function plain(value: any): unknown {
  if ('S' in value) return value.S;
  if ('N' in value) return Number(value.N);
  if ('BOOL' in value) return value.BOOL;
  if ('L' in value) return value.L.map(plain);
  if ('M' in value) return Object.fromEntries(Object.entries(value.M).map(([k, v]) => [k, plain(v)]));
  throw new Error(`unexpected attribute value ${JSON.stringify(value)}`);
}

describe.each(tenants.map((tenant) => [tenant.id, tenant] as const))('tenant stack %s', (id, tenant) => {
  it('keeps a rotating key under alias/lapor-aman/<tenant>, never deleted with the stack', () => {
    // Act
    const keys = resources(tenant, 'AWS::KMS::Key');
    const aliases = resources(tenant, 'AWS::KMS::Alias');

    // Assess
    expect(keys).toHaveLength(1);
    expect(keys[0]?.[1].Properties.EnableKeyRotation).toBe(true);
    expect(keys[0]?.[1].DeletionPolicy).toBe('Retain');
    expect(aliases.map(([, alias]) => alias.Properties.AliasName)).toEqual([`alias/lapor-aman/${id}`]);
  });

  it('lets administrators manage the key but never use it', () => {
    // Act
    const statements = keyPolicyStatements(template(tenant));

    // Assess
    const unconditioned = statements.filter((statement) => !statement.Condition);
    expect(unconditioned).toHaveLength(1);
    expect(unconditioned[0]?.Action).toEqual(KEY_ADMIN_ACTIONS);
    for (const action of CRYPTO_ACTIONS) expect(unconditioned.some((statement) => allows(statement, action))).toBe(false);
  });

  it('binds every use of the key to this tenant or to the service encrypting its own resources', () => {
    // Act
    const uses = keyPolicyStatements(template(tenant)).filter((statement) => statement.Condition);

    // Assess
    for (const statement of uses) {
      const bound = statement.Condition?.StringEquals?.['kms:EncryptionContext:tenant'];
      const via = statement.Condition?.StringEquals?.['kms:ViaService'];
      expect(bound === id || via !== undefined).toBe(true);
      expect(statement.Condition?.ArnEquals?.['aws:PrincipalArn']).toBeDefined();
    }
  });

  it('encrypts its alert topics with its key and subscribes its numbers by SMS', () => {
    // Act
    const topics = resources(tenant, 'AWS::SNS::Topic');
    const subscriptions = resources(tenant, 'AWS::SNS::Subscription').map(([, s]) => s.Properties);

    // Assess
    const [keyId] = resources(tenant, 'AWS::KMS::Key')[0] ?? [];
    for (const [, topic] of topics) expect(JSON.stringify(topic.Properties.KmsMasterKeyId)).toContain(String(keyId));
    const names = topics.map(([, topic]) => topic.Properties.TopicName).sort();
    const numbers = [...(tenant.alerts?.onCallSms ?? []), ...(tenant.alerts?.supervisorSms ?? [])];
    expect(subscriptions.map((s) => [s.Protocol, s.Endpoint])).toEqual(numbers.map((n) => ['sms', n]));
    expect(names).toEqual(
      tenant.alerts?.supervisorSms.length
        ? [`lapor-aman-${id}-alerts`, `lapor-aman-${id}-supervisor-alerts`]
        : [`lapor-aman-${id}-alerts`],
    );
  });

  it('seeds the same items as the local runtime does, updating the profile so the rota flag survives', async () => {
    // Prepare
    const expected = await locallySeeded(tenant);

    // Act
    const calls = resources(tenant, 'Custom::TenantSeed').map(([, seed]) => JSON.parse(seed.Properties.Create));
    const [profile, ...numbers] = calls;

    // Assess
    expect(profile.action).toBe('updateItem');
    const { Key, ExpressionAttributeValues, ...update } = profile.parameters;
    expect({ ...update, Key: plain({ M: Key }), ExpressionAttributeValues: plain({ M: ExpressionAttributeValues }) }).toEqual(expected.profile);
    const puts = numbers.flatMap((call) => call.parameters.RequestItems['lapor-aman'] as { PutRequest: { Item: Record<string, unknown> } }[]);
    expect(puts.map((request) => plain({ M: request.PutRequest.Item }))).toEqual(expected.numbers);
  });

  it('creates the WhatsApp secrets its config names, and only those', () => {
    // Act
    const secrets = resources(tenant, 'AWS::SecretsManager::Secret').map(([, s]) => s.Properties.Name);

    // Assess
    const named = tenant.whatsapp ? [tenant.whatsapp.accessTokenSecretName, tenant.whatsapp.appSecretName] : [];
    expect(secrets.sort()).toEqual(named.filter(Boolean).sort());
  });
});

describe('tenant stacks together', () => {
  it('refuses two regencies whose alert topics would share a name', () => {
    // Prepare
    const [first] = tenantsWithAlertNumbers();
    if (!first) throw new Error('no tenant');
    const clashing = [
      { ...first, id: 'kota', referencePrefix: 'KTA' },
      { ...first, id: 'kota-supervisor', referencePrefix: 'KTS' },
    ];

    // Act
    const build = () => buildTestApp({ tenants: clashing }).dispose();

    // Assess
    expect(build).toThrow('two regencies would share the alert topic lapor-aman-kota-supervisor-alerts');
  });
});
