import type { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { type DeploymentConfig, DeploymentConfigError } from '../../infra/deployment-config.js';
import { loadDeployment, loadTenants } from '../../infra/lapor-aman-app.js';
import { tenantStackName } from '../../infra/naming.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { namedReportJson } from '../support/report-fixtures.js';
import { reportCase, staffClient } from '../support/staff/staff-client.js';
import { cfnData, customResourceCall } from './support/cfn-text.js';
import { FakeKmsAccount } from './support/fake-kms-account.js';
import { allows, roleStatements } from './support/iam.js';
import { buildTestApp, type SynthesizedApp, synthesizeLaporAman } from './support/synthesize.js';

const KEPT_KEY = 'arn:aws:kms:ap-southeast-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const blora = loadTenants().find((tenant) => tenant.id === 'blora') as Tenant;
const STACK = tenantStackName(blora.id);

/** config/deployment.json once blora's first deploy created its key. */
function withKeptKey(keyArn: string): DeploymentConfig {
  return { ...loadDeployment(), tenantKeyArns: { [blora.id]: keyArn } };
}

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;

let fresh: SynthesizedApp;
let kept: SynthesizedApp;

beforeAll(() => {
  fresh = synthesizeLaporAman({ tenants: [blora] });
  kept = synthesizeLaporAman({ tenants: [blora], deployment: withKeptKey(KEPT_KEY) });
});

afterAll(() => {
  fresh.dispose();
  kept.dispose();
});

const tenantResources = (app: SynthesizedApp, type: string) =>
  Object.values(app.tenants.get(blora.id)?.findResources(type) ?? {}) as Resources[string][];

describe('a tenant stack whose key config/deployment.json names', () => {
  it('creates no key and points alias/lapor-aman/<tenant> and its alert topic at the kept one', () => {
    // Act
    const keys = tenantResources(kept, 'AWS::KMS::Key');
    const aliases = tenantResources(kept, 'AWS::KMS::Alias');
    const topics = tenantResources(kept, 'AWS::SNS::Topic');

    // Assess
    expect(keys).toEqual([]);
    expect(aliases.map((alias) => alias.Properties)).toEqual([{ AliasName: 'alias/lapor-aman/blora', TargetKeyId: KEPT_KEY }]);
    expect(topics.map((topic) => topic.Properties.KmsMasterKeyId)).toEqual([KEPT_KEY]);
  });

  it('writes the kept key the same policy a new key gets, so a function added since is admitted too', () => {
    // Prepare
    const [created] = tenantResources(fresh, 'AWS::KMS::Key');

    // Act
    const [update] = tenantResources(kept, 'Custom::KeptKeyPolicy');
    const call = customResourceCall(update?.Properties ?? {});

    // Assess
    expect(call.action).toBe('putKeyPolicy');
    expect(call.parameters.KeyId).toBe(KEPT_KEY);
    expect(call.parameters.PolicyName).toBe('default');
    expect(JSON.parse(call.parameters.Policy)).toEqual(cfnData(created?.Properties.KeyPolicy));
  });

  it("lets the tenant stacks' runner change the policy of keys aliased alias/lapor-aman/* only", () => {
    // Act
    const puts = roleStatements(kept.core, 'tenant-seeder').filter((statement) => allows(statement, 'kms:PutKeyPolicy'));

    // Assess
    expect(puts).toHaveLength(1);
    expect(puts[0]?.Action).toEqual(['kms:PutKeyPolicy']);
    expect(puts[0]?.Condition).toEqual({ 'ForAnyValue:StringLike': { 'kms:ResourceAliases': 'alias/lapor-aman/*' } });
  });

  it('stays cdk-nag clean', () => {
    // Act
    const report = new AwsSolutionsChecks().validateScope(kept.app);

    // Assess
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  });

  it('refuses a kept key for a regency config/tenants.json does not list', () => {
    // Act
    const build = () => buildTestApp({ tenants: [blora], deployment: { ...loadDeployment(), tenantKeyArns: { bloraa: KEPT_KEY } } });

    // Assess
    expect(build).toThrow(DeploymentConfigError);
    expect(build).toThrow('config/deployment.json names the key of bloraa, which config/tenants.json does not list');
  });
});

describe('a regency whose tenant stack is deleted and deployed again', () => {
  let runtime: TestRuntime;
  let account: FakeKmsAccount;

  beforeAll(async () => {
    account = new FakeKmsAccount(fresh.core);
    runtime = await startTestRuntime({ decorateDataKeys: () => account.dataKeys() });
  });
  afterAll(() => runtime.stop());

  /** A case filed while the first deploy's stack stood, then that stack deleted (its key retained). */
  async function caseOfDeletedStack(): Promise<{ caseId: string; keyArn: string }> {
    account.deploy(STACK, fresh.tenants.get(blora.id) as Template);
    const keyArn = account.keyArnOf('alias/lapor-aman/blora');
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    expect((await staffClient(runtime, 'blora').get(`/cases/${caseId}`)).status).toBe(200);
    account.deleteStack(STACK);
    return { caseId, keyArn };
  }

  it('still opens its old cases when config/deployment.json names the kept key', async () => {
    // Prepare
    const { caseId, keyArn } = await caseOfDeletedStack();
    const again = synthesizeLaporAman({ tenants: [blora], deployment: withKeptKey(keyArn) });
    const keysBefore = account.keyCount;

    // Act
    account.deploy(STACK, again.tenants.get(blora.id) as Template);
    const opened = await staffClient(runtime, 'blora').get(`/cases/${caseId}`);
    again.dispose();

    // Assess
    expect(account.keyCount).toBe(keysBefore);
    expect(account.keyArnOf('alias/lapor-aman/blora')).toBe(keyArn);
    expect(opened.status).toBe(200);
    expect(opened.json.details.narrative).toBe(namedReportJson().narrative);
  });

  it('cannot open them when the stack created a new key instead (why the config names it)', async () => {
    // Prepare
    const { caseId, keyArn } = await caseOfDeletedStack();

    // Act
    account.deploy(STACK, fresh.tenants.get(blora.id) as Template);
    const opened = await staffClient(runtime, 'blora').get(`/cases/${caseId}`);

    // Assess
    expect(account.keyArnOf('alias/lapor-aman/blora')).not.toBe(keyArn);
    expect(opened.status).toBeGreaterThanOrEqual(500);
    expect(opened.json.details).toBeUndefined();
  });
});
