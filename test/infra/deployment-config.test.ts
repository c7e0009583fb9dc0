import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeploymentConfigError, loadDeploymentConfig } from '../../infra/deployment-config.js';
import { loadDeployment } from '../../infra/lapor-aman-app.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The repository's config/deployment.json with `change` applied, written to a temporary file. */
function configFile(change: (config: any) => void): string {
  const config = structuredClone(loadDeployment()) as any;
  change(config);
  const folder = mkdtempSync(join(tmpdir(), 'lapor-aman-deployment-'));
  folders.push(folder);
  const file = join(folder, 'deployment.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

describe('config/deployment.json', () => {
  it('is valid as committed: no sender ID yet, the USD 1 limit of a new account, Plus sign-in, no kept keys', () => {
    // Act
    const deployment = loadDeployment();

    // Assess
    expect(deployment.sms).toMatchObject({ senderId: null, monthlySpendLimitUsd: 1, smsType: 'Transactional' });
    expect(deployment.staffSignIn).toMatchObject({ featurePlan: 'plus', threatProtection: 'full-function' });
    expect(deployment.tenantKeyArns).toEqual({});
  });

  it('accepts a registered sender ID and a kept key', () => {
    // Prepare
    const file = configFile((config) => {
      config.sms.senderId = 'LAPORAMAN';
      config.tenantKeyArns.blora = 'arn:aws:kms:ap-southeast-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    });

    // Act
    const deployment = loadDeploymentConfig(file);

    // Assess
    expect(deployment.sms.senderId).toBe('LAPORAMAN');
    expect(Object.keys(deployment.tenantKeyArns)).toEqual(['blora']);
  });

  it.each([
    ['a sender ID carriers refuse', (c: any) => (c.sms.senderId = 'LAPOR-AMAN'), 'sms.senderId: 1 to 11 letters and digits, at least one letter'],
    ['a sender ID of digits only', (c: any) => (c.sms.senderId = '12345'), 'sms.senderId: 1 to 11 letters and digits, at least one letter'],
    ['a spend limit of zero', (c: any) => (c.sms.monthlySpendLimitUsd = 0), 'sms.monthlySpendLimitUsd: Too small: expected number to be >0'],
    ['an alarm beyond the limit', (c: any) => (c.sms.spendAlarmAtShare = 1.5), 'sms.spendAlarmAtShare: Too big: expected number to be <=1'],
    ['a key that is an alias', (c: any) => (c.tenantKeyArns.blora = 'alias/lapor-aman/blora'), 'tenantKeyArns.blora: a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>)'],
  ])('refuses %s, naming the field', (_, change, problem) => {
    // Prepare
    const file = configFile(change);

    // Act
    const load = () => loadDeploymentConfig(file);

    // Assess
    expect(load).toThrow(DeploymentConfigError);
    expect(load).toThrow(problem);
  });
});
