import { CfnResource, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SynthesizedApp, synthesizeLaporAman, tenantsWithAlertNumbers } from './support/synthesize.js';

let synthesized: SynthesizedApp;

beforeAll(() => {
  synthesized = synthesizeLaporAman({ tenants: tenantsWithAlertNumbers() });
});

afterAll(() => synthesized.dispose());

/** Our cdk-nag acknowledgements (CDK records its own, e.g. for CloudFormation lint, in the same metadata). */
function nagAcknowledgements(root: IConstruct): { path: string; scope: IConstruct; id: string; reason: string }[] {
  return root.node.findAll().flatMap((scope) =>
    scope.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([key, reason]) => ({
          path: scope.node.path,
          scope,
          id: key.replace(/^annotation::/i, ''),
          reason,
        })),
      )
      .filter((acknowledgement) => acknowledgement.id.startsWith('AwsSolutions-')),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in any stack', () => {
    // Act
    const report = new AwsSolutionsChecks().validateScope(synthesized.app);

    // Assess
    const findings = report.violations.map(
      (violation) => `${violation.ruleName}: ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
  });

  it('acknowledges each finding on one resource, with a reason', () => {
    // Act
    const acknowledged = nagAcknowledgements(synthesized.app);

    // Assess
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { path, scope, reason } of acknowledged) {
      expect(CfnResource.isCfnResource(scope), path).toBe(true);
      expect(reason.length, path).toBeGreaterThan(40);
    }
  });
});
