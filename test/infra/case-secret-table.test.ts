import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_SECRETS_TABLE_NAME } from '../../infra/naming.js';
import { functionRoles, roleStatements } from './support/iam.js';
import { type SynthesizedApp, synthesizeLaporAman } from './support/synthesize.js';

let synthesized: SynthesizedApp;

beforeAll(() => {
  synthesized = synthesizeLaporAman();
});

afterAll(() => synthesized.dispose());

const tables = () => Object.entries(synthesized.core.findResources('AWS::DynamoDB::Table')) as [string, { Properties: any }][];
const secretsTableId = () => tables().find(([, table]) => table.Properties.TableName === CASE_SECRETS_TABLE_NAME)?.[0];

/** Functions whose role names the secrets table, with the DynamoDB actions it grants there. */
function secretsAccess(): Map<string, string[]> {
  const access = new Map<string, string[]>();
  for (const name of functionRoles(synthesized.core).keys()) {
    const actions = roleStatements(synthesized.core, name)
      .filter((statement) => JSON.stringify(statement.Resource).includes(`"${secretsTableId()}"`))
      .flatMap((statement) => statement.Action);
    if (actions.length > 0) access.set(name, actions.sort());
  }
  return access;
}

describe('case secrets table', () => {
  it('keeps no point-in-time recovery, unlike the case table, and survives the stack', () => {
    // Act
    const secrets = tables().find(([id]) => id === secretsTableId())?.[1];
    const others = tables().filter(([id]) => id !== secretsTableId());

    // Assess
    expect(secrets?.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: false });
    expect(secrets?.Properties.DeletionProtectionEnabled).toBe(true);
    for (const [, table] of others) {
      expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    }
  });

  it('is reached only by functions that seal or open case parts, and destroyed only by the retention job', () => {
    // Act
    const access = secretsAccess();

    // Assess
    expect(new Set(access.keys())).toEqual(
      new Set(['web-report', 'call-center', 'whatsapp-webhook', 'staff-api', 'reveal-identity', 'case-media', 'retention', 'staff-admin', 'alert-sweeper']),
    );
    // A sealer (the reveal reason's words, `note`): it may create the secret of a case that has none yet.
    expect(access.get('reveal-identity')).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
    const destroyers = [...access].filter(([, actions]) => actions.includes('dynamodb:UpdateItem')).map(([name]) => name);
    expect(destroyers).toEqual(['retention']);
    for (const actions of access.values()) {
      expect(actions.filter((action) => /Delete|Scan|Query|Batch/.test(action))).toEqual([]);
    }
  });

  // Staff numbers are sealed like case parts (the person's id in place of the case's): the sweeper reads their
  // secrets to send per-person SMS; KMS lets it open `staffPhone` and nothing else.
  it('gives the SLA job nothing of it and the sweeper reads only', () => {
    // Act
    const access = secretsAccess();

    // Assess
    expect(access.has('sla-escalation')).toBe(false);
    expect(access.get('alert-sweeper')).toEqual(['dynamodb:GetItem']);
  });
});
