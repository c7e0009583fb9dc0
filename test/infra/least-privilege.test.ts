import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#shared/store/table-design.js';
import { FUNCTION_CATALOG } from '../../infra/function-catalog.js';
import { XRAY_WRITE_ACTIONS } from '../../infra/constructs/function-role.js';
import {
  allows,
  functionRoles,
  keyPolicyStatements,
  principalFunctions,
  purposesOf,
  roleStatements,
  type Statement,
  viaServiceOf,
} from './support/iam.js';
import { type SynthesizedApp, synthesizeLaporAman } from './support/synthesize.js';

let synthesized: SynthesizedApp;

beforeAll(() => {
  synthesized = synthesizeLaporAman();
});

afterAll(() => synthesized.dispose());

const INTAKE = ['web-report', 'call-center'];
const allKeyStatements = () => [...synthesized.tenants.values()].flatMap(keyPolicyStatements);
/** A Decrypt that only an AWS service can exercise, under its own encryption context (SNS, DynamoDB, S3). */
const throughService = (statement: Statement) => viaServiceOf(statement) !== undefined;

describe('least privilege', () => {
  it.each(INTAKE)('gives %s no Decrypt it could call itself, in its role or in any tenant key', (name) => {
    // Act
    const role = roleStatements(synthesized.core, name).filter((statement) => allows(statement, 'kms:Decrypt'));
    const keys = allKeyStatements().filter(
      (statement) => allows(statement, 'kms:Decrypt') && principalFunctions(statement).includes(name),
    );

    // Assess: the one direct Decrypt is the web inbox's, of the thread only
    const beyondThread = (statement: Parameters<typeof throughService>[0]) =>
      !throughService(statement) && !(name === 'web-report' && purposesOf(statement).every((purpose) => purpose === 'thread'));
    expect(role.filter(beyondThread)).toEqual([]);
    expect(keys.filter(beyondThread)).toEqual([]);
    // The case table and the case secrets' table each grant their key through DynamoDB.
    expect([...new Set(role.filter(throughService).map(viaServiceOf))].sort()).toEqual(['dynamodb', 'sns']);
    expect(keys.filter(throughService).map(viaServiceOf)).toEqual(keys.filter(throughService).map(() => 'sns'));
  });

  it.each(['identity', 'victimContact'])('lets no deployed function but reveal-identity decrypt purpose %s', (purpose) => {
    // Act
    const inRoles = [...functionRoles(synthesized.core).keys()].filter((name) =>
      roleStatements(synthesized.core, name).some((s) => allows(s, 'kms:Decrypt') && purposesOf(s).includes(purpose)),
    );
    const inKeys = allKeyStatements()
      .filter((statement) => allows(statement, 'kms:Decrypt') && purposesOf(statement).includes(purpose))
      .flatMap(principalFunctions);

    // Assess
    expect(inRoles).toEqual(['reveal-identity']);
    expect(new Set(inKeys)).toEqual(new Set(['reveal-identity']));
  });

  // Files live in S3 under the tenant key (SSE-KMS): opening one is a Decrypt through S3 plus s3:GetObject.
  it('lets no deployed function but case-media decrypt purpose media or read a stored file', async () => {
    // Act
    const names = [...functionRoles(synthesized.core).keys()];
    const inRoles = names.filter((name) =>
      roleStatements(synthesized.core, name).some((s) => allows(s, 'kms:Decrypt') && viaServiceOf(s) === 's3'),
    );
    const reading = names.filter((name) => roleStatements(synthesized.core, name).some((s) => allows(s, 's3:GetObject')));
    const inKeys = allKeyStatements()
      .filter((statement) => allows(statement, 'kms:Decrypt') && viaServiceOf(statement) === 's3')
      .flatMap(principalFunctions);

    // Assess
    expect(inRoles).toEqual(['case-media']);
    expect(reading).toEqual(['case-media']);
    expect(new Set(inKeys)).toEqual(new Set(['case-media']));
    expect(inKeys).toHaveLength(synthesized.tenants.size);
  });

  // A function that files reports but may not seal one of their parts loses those reports on AWS (503 on
  // every retry) while every local test passes: the local key checks no policy.
  it.each([
    ['web-report', ['details', 'identity', 'victimContact']],
    ['call-center', ['details', 'identity']],
    ['whatsapp-webhook', ['details', 'identity']],
    ['staff-api', ['details', 'identity', 'victimContact']],
  ])('lets %s seal every part of the reports it files and send their alerts', (name, parts) => {
    // Act
    const role = roleStatements(synthesized.core, name);
    const sealable = role.filter((s) => allows(s, 'kms:GenerateDataKey')).flatMap(purposesOf);
    const keys = allKeyStatements().filter(
      (statement) => allows(statement, 'kms:GenerateDataKey') && principalFunctions(statement).includes(name),
    );

    // Assess
    expect(sealable).toEqual(expect.arrayContaining(parts));
    expect(keys.flatMap(purposesOf)).toEqual(expect.arrayContaining(parts));
    expect(role.some((s) => allows(s, 'sns:Publish'))).toBe(true);
  });

  it('decrypts in each tenant key exactly the purposes each catalog entry declares', () => {
    // Act
    const opened = new Map<string, string[]>();
    for (const statement of allKeyStatements().filter((s) => allows(s, 'kms:Decrypt') && !throughService(s))) {
      for (const name of principalFunctions(statement)) opened.set(name, [...(opened.get(name) ?? []), ...purposesOf(statement)]);
    }

    // Assess
    for (const entry of FUNCTION_CATALOG) {
      const declared = entry.kms.decrypt.filter((purpose) => purpose !== 'media');
      const perTenant = declared.length * synthesized.tenants.size;
      expect(opened.get(entry.name)?.length ?? 0).toBe(perTenant);
      expect(new Set(opened.get(entry.name) ?? [])).toEqual(new Set(declared));
    }
  });

  // A case change is an event item put in the case's own partition, then its projection updated, and a read
  // catches a lagging projection up from that partition: a writer of case history missing one of them
  // strands staff work on AWS while every local test passes.
  it.each(['staff-api', 'whatsapp-webhook'])('lets %s write and read case history in the case partitions', (name) => {
    // Prepare
    const historyPartition = keys.caseHistory('blora', '01JCASE0000000000000000000');
    const admits = (pattern: unknown) => new RegExp(`^${String(pattern).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(historyPartition);

    // Act
    const table = roleStatements(synthesized.core, name).filter((statement) => statement.Sid === 'CaseTable');

    // Assess
    expect(table.flatMap((statement) => statement.Action)).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    for (const statement of table) {
      const leadingKeys = statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];
      if (leadingKeys !== undefined) expect([leadingKeys].flat().some(admits)).toBe(true);
    }
  });

  it('allows no function role an action on every resource but writing its X-Ray traces', () => {
    // Act
    const unbounded = [...functionRoles(synthesized.core).keys()].flatMap((name) =>
      roleStatements(synthesized.core, name)
        .filter((statement) => statement.Resource.includes('*'))
        .filter((statement) => !statement.Action.every((action) => (XRAY_WRITE_ACTIONS as readonly string[]).includes(action)))
        .map((statement) => `${name}: ${statement.Action.join(',')}`),
    );

    // Assess
    expect(unbounded).toEqual([]);
  });

  it('confines tenant-key use in function roles to keys aliased alias/lapor-aman/*', () => {
    // Act
    const onTenantKeys = [...functionRoles(synthesized.core).keys()].flatMap((name) =>
      roleStatements(synthesized.core, name)
        .filter((statement) => JSON.stringify(statement.Resource).includes(':key/*'))
        .map((statement) => ({ name, statement })),
    );

    // Assess
    expect(onTenantKeys.length).toBeGreaterThan(0);
    for (const { name, statement } of onTenantKeys) {
      expect(statement.Condition?.['ForAnyValue:StringLike']?.['kms:ResourceAliases']).toBe('alias/lapor-aman/*');
      // The tenant stacks' runner keeps a kept key's policy current; it uses no key itself.
      const keyPolicyOnly = name === 'tenant-seeder' && statement.Action.join() === 'kms:PutKeyPolicy';
      expect(purposesOf(statement).length > 0 || throughService(statement) || keyPolicyOnly).toBe(true);
    }
  });
});
