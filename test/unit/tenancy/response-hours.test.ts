import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Tenant, TenantsConfig } from '#shared/tenancy/tenant.js';

const seed = JSON.parse(readFileSync(new URL('../../../config/tenants.json', import.meta.url), 'utf8'));

/** The seed config with the first tenant's fields replaced (`undefined` removes one). */
function configWith(fields: Record<string, unknown>) {
  const config = structuredClone(seed);
  const tenant = config.tenants[0];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete tenant[key];
    else tenant[key] = value;
  }
  return config;
}

const messages = (input: unknown) => {
  const parsed = TenantsConfig.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('tenant responseHours', () => {
  it('holds the SOP tiers for every seed regency when config/tenants.json is read', () => {
    // Act
    const { tenants } = TenantsConfig.parse(seed);

    // Assess
    for (const tenant of tenants) expect(tenant.responseHours).toEqual({ DARURAT: 1, TINGGI: 6, NORMAL: 24 });
  });

  it('defaults to 1, 6 and 24 hours when a regency names none or only some', () => {
    // Act
    const none = TenantsConfig.parse(configWith({ responseHours: undefined })).tenants[0];
    const some = TenantsConfig.parse(configWith({ responseHours: { NORMAL: 48 } })).tenants[0];

    // Assess
    expect(none?.responseHours).toEqual({ DARURAT: 1, TINGGI: 6, NORMAL: 24 });
    expect(some?.responseHours).toEqual({ DARURAT: 1, TINGGI: 6, NORMAL: 48 });
  });

  it('refuses zero or negative hours, naming the tier', () => {
    // Act
    const zero = messages(configWith({ responseHours: { DARURAT: 0, TINGGI: 6, NORMAL: 24 } }));
    const negative = messages(configWith({ responseHours: { DARURAT: 1, TINGGI: -6, NORMAL: 24 } }));

    // Assess
    expect(zero).toContain('tenants.0.responseHours.DARURAT: DARURAT: hours must be more than 0');
    expect(negative).toContain('tenants.0.responseHours.TINGGI: TINGGI: hours must be more than 0');
  });

  it('refuses a more urgent tier with more time than a less urgent one', () => {
    // Act
    const slowEmergency = messages(configWith({ responseHours: { DARURAT: 8, TINGGI: 6, NORMAL: 24 } }));
    const slowHigh = messages(configWith({ responseHours: { DARURAT: 1, TINGGI: 36, NORMAL: 24 } }));

    // Assess
    const rule = 'tenants.0.responseHours: responseHours must give DARURAT <= TINGGI <= NORMAL: a more urgent case never waits longer';
    expect(slowEmergency).toEqual([rule]);
    expect(slowHigh).toEqual([rule]);
  });

  it('refuses an unknown tier and a typo of more than a week', () => {
    // Act
    const unknown = messages(configWith({ responseHours: { DARURAT: 1, TINGGI: 6, NORMAL: 24, URGENT: 2 } }));
    const typo = messages(configWith({ responseHours: { DARURAT: 1, TINGGI: 6, NORMAL: 2400 } }));

    // Assess
    expect(unknown).toEqual(['tenants.0.responseHours: Unrecognized key: "URGENT"']);
    expect(typo).toEqual(['tenants.0.responseHours.NORMAL: NORMAL: at most 168 hours']);
  });

  it('tells what replaced slaHours when a config still names it', () => {
    // Act
    const old = messages(configWith({ slaHours: 24, responseHours: undefined }));

    // Assess
    expect(old).toEqual([
      'tenants.0.slaHours: slaHours was replaced by responseHours: {"DARURAT": 1, "TINGGI": 6, "NORMAL": 24}',
    ]);
  });

  it('still reads a profile stored by older code with slaHours, under the default tiers', () => {
    // Prepare
    const { responseHours: _, ...stored } = { ...TenantsConfig.parse(seed).tenants[0], slaHours: 24 };

    // Act
    const tenant = Tenant.parse(stored);

    // Assess
    expect(tenant.responseHours).toEqual({ DARURAT: 1, TINGGI: 6, NORMAL: 24 });
  });
});
