import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { loadTenants } from '../../infra/lapor-aman-app.js';
import { CORE_STACK_NAME } from '../../infra/naming.js';
import { buildTestApp, synthesizeLaporAman } from './support/synthesize.js';

/** Indonesia's regencies and cities. */
const REGENCIES = 514;
/** CloudFormation's per-template limits (quotas page, 2025): resources, body size via S3, outputs, parameters. */
const LIMITS = { resources: 500, bytes: 1_000_000, outputs: 200, parameters: 200 };

/** 514 tenants shaped like the busiest real one: WhatsApp, own app secret, on-call and supervisor numbers. */
function generatedTenants(): Tenant[] {
  const [template] = loadTenants();
  if (!template) throw new Error('config/tenants.json has no tenant');
  return Array.from({ length: REGENCIES }, (_, i) => {
    const id = `regency-${String(i).padStart(3, '0')}`;
    return {
      ...structuredClone(template),
      id,
      referencePrefix: String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26), 65 + Math.floor(i / 676)),
      channels: ['whatsapp', 'web', 'call-center'],
      whatsapp: {
        phoneNumberId: `10000000${i}`,
        accessTokenSecretName: `lapor-aman/whatsapp/${id}/access-token`,
        appSecretName: `lapor-aman/whatsapp/${id}/app-secret`,
      },
      alerts: { onCallSms: ['+6281200000001', '+6281200000002', '+6281200000003'], supervisorSms: ['+6281200000009'] },
    };
  });
}

let assembly: CloudAssembly;
let dispose: () => void;

beforeAll(() => {
  // Prepare: functions live in the core stack only, so bundling would not multiply with tenants; it is
  // skipped (the default of buildTestApp) because code assets count against no template limit.
  const built = buildTestApp({ tenants: generatedTenants() });
  dispose = built.dispose;

  // Act
  assembly = built.app.synth();
});

afterAll(() => dispose());

describe(`a deployment of ${REGENCIES} regencies`, () => {
  it('synthesizes the core stack and one stack per regency', () => {
    // Assess
    expect(assembly.stacks).toHaveLength(REGENCIES + 1);
  });

  it('keeps every stack within CloudFormation template limits', () => {
    // Act
    const oversized = assembly.stacks
      .map((stack) => ({
        name: stack.stackName,
        resources: Object.keys(stack.template.Resources ?? {}).length,
        bytes: JSON.stringify(stack.template).length,
        outputs: Object.keys(stack.template.Outputs ?? {}).length,
        parameters: Object.keys(stack.template.Parameters ?? {}).length,
      }))
      .filter(
        (size) =>
          size.resources >= LIMITS.resources ||
          size.bytes >= LIMITS.bytes ||
          size.outputs > LIMITS.outputs ||
          size.parameters > LIMITS.parameters,
      );

    // Assess
    expect(oversized).toEqual([]);
  });

  it('builds the same core stack as for three regencies: nothing in it grows with tenants', () => {
    // Prepare
    const small = synthesizeLaporAman();

    // Act
    const core = assembly.getStackByName(CORE_STACK_NAME).template;

    // Assess
    expect(core).toEqual(small.core.toJSON());
    small.dispose();
  });

  it("keeps every regency's key policy under KMS's 32 KB", () => {
    // Act
    const largest = Math.max(
      ...assembly.stacks.flatMap((stack) =>
        Object.values(stack.template.Resources as Record<string, { Type: string; Properties: any }>)
          .filter((resource) => resource.Type === 'AWS::KMS::Key')
          .map((key) => JSON.stringify(key.Properties.KeyPolicy).length),
      ),
    );

    // Assess
    expect(largest).toBeLessThan(32_768);
  });

  it('imports nothing from the core stack into tenant stacks', () => {
    // Act
    const importing = assembly.stacks.filter((stack) => JSON.stringify(stack.template).includes('Fn::ImportValue'));

    // Assess
    expect(importing).toEqual([]);
  });
});
