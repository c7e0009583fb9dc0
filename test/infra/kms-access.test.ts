import { App, Stack } from 'aws-cdk-lib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEALED_PURPOSES } from '#shared/crypto/encryption-context.js';
import type { FunctionEntry } from '../../infra/function-catalog.js';
import {
  assertKmsAccessAllowed,
  DECRYPT_ALLOWED,
  KmsAccessError,
  kmsGrants,
  tenantKeyPolicyStatements,
} from '../../infra/kms-access.js';
import { allows, principalFunctions, purposesOf, type Statement } from './support/iam.js';

const NAMES = ['web-report', 'call-center', 'whatsapp-webhook', 'staff-api', 'reveal-identity', 'alert-sweeper', 'new-fn'];

const entryArbitrary = fc.record({
  name: fc.constantFrom(...NAMES),
  description: fc.constant('generated'),
  memoryMb: fc.constant(256),
  timeoutSeconds: fc.constant(10),
  kms: fc.record({ generate: fc.subarray([...SEALED_PURPOSES]), decrypt: fc.subarray([...SEALED_PURPOSES]) }),
  table: fc.constant([]),
  publishesAlerts: fc.boolean(),
}) satisfies fc.Arbitrary<FunctionEntry>;

const entry = (name: string, kms: FunctionEntry['kms']): FunctionEntry => ({
  name,
  description: name,
  memoryMb: 256,
  timeoutSeconds: 10,
  kms,
  table: [],
  publishesAlerts: true,
});

/** Key-policy statements as JSON, tokens resolved, the way CloudFormation receives them. */
function renderedKeyPolicy(catalog: readonly FunctionEntry[]): Statement[] {
  const stack = new Stack(new App(), 'Probe');
  return tenantKeyPolicyStatements('blora', catalog).map((statement) => {
    const json = stack.resolve(statement.toStatementJson());
    return { ...json, Action: [json.Action].flat() };
  });
}

describe('kms access rules', () => {
  it('lets only reveal-identity decrypt purpose identity, whatever an entry asks for', () => {
    fc.assert(
      fc.property(entryArbitrary, (candidate) => {
        // Act
        let grants: ReturnType<typeof kmsGrants> = [];
        try {
          grants = kmsGrants(candidate);
        } catch (error) {
          expect(error).toBeInstanceOf(KmsAccessError);
          return;
        }

        // Assess
        const opened = grants.filter((grant) => grant.kind === 'open').flatMap((grant) => grant.purposes ?? []);
        if (opened.includes('identity')) expect(candidate.name).toBe('reveal-identity');
        for (const purpose of opened) expect(DECRYPT_ALLOWED[purpose]).toContain(candidate.name);
      }),
    );
  });

  it('never gives intake functions a direct Decrypt beyond the inbox thread, whatever their entry asks for', () => {
    fc.assert(
      fc.property(entryArbitrary, fc.constantFrom('web-report', 'call-center'), (candidate, name) => {
        // Act
        const grants = (() => {
          try {
            return kmsGrants({ ...candidate, name });
          } catch {
            return [];
          }
        })();

        // Assess
        // The one exception: the web's reporter inbox reads its own case's thread (purpose `thread`).
        const direct = grants.filter((grant) => grant.actions.includes('kms:Decrypt') && !grant.via);
        const allowed = name === 'web-report' ? ['thread'] : [];
        expect(direct.flatMap((grant) => grant.purposes ?? []).filter((purpose) => !allowed.includes(purpose))).toEqual([]);
      }),
    );
  });

  it('names only reveal-identity in key-policy statements that decrypt identity, for any catalog', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArbitrary, { selector: (e) => e.name, maxLength: 5 }), (catalog) => {
        // Prepare
        const allowed = catalog.filter((candidate) => {
          try {
            assertKmsAccessAllowed(candidate);
            return true;
          } catch {
            return false;
          }
        });

        // Act
        const statements = renderedKeyPolicy(allowed);

        // Assess
        for (const statement of statements.filter((s) => allows(s, 'kms:Decrypt') && purposesOf(s).includes('identity'))) {
          expect(principalFunctions(statement)).toEqual(['reveal-identity']);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses the staff API decrypting identity, naming the rule to change', () => {
    // Act
    const check = () => kmsGrants(entry('staff-api', { generate: ['note'], decrypt: ['details', 'identity'] }));

    // Assess
    expect(check).toThrow('functions/staff-api may not decrypt purpose "identity": only reveal-identity may');
  });

  it('binds every purpose statement of a key policy to its tenant', () => {
    // Prepare
    const catalog = [
      entry('web-report', { generate: ['details', 'identity'], decrypt: [] }),
      entry('reveal-identity', { generate: [], decrypt: ['identity'] }),
    ];

    // Act
    const statements = renderedKeyPolicy(catalog);

    // Assess
    const purposeStatements = statements.filter((statement) => purposesOf(statement).length > 0);
    expect(purposeStatements).toHaveLength(2);
    for (const statement of purposeStatements) {
      expect(statement.Condition?.StringEquals?.['kms:EncryptionContext:tenant']).toBe('blora');
    }
    const opensIdentity = statements.filter((s) => allows(s, 'kms:Decrypt') && purposesOf(s).includes('identity'));
    expect(opensIdentity.map(principalFunctions)).toEqual([['reveal-identity']]);
  });

  it('lets a reveal-identity entry decrypt identity and nothing else', () => {
    // Act
    const grants = kmsGrants(entry('reveal-identity', { generate: [], decrypt: ['identity'] }));

    // Assess
    expect(grants.filter((grant) => grant.kind === 'open')).toEqual([
      { kind: 'open', actions: ['kms:Decrypt'], purposes: ['identity'] },
    ]);
  });
});
