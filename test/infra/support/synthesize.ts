/**
 * Builds the real CDK app in-process for a test file (once, in beforeAll) and gives its templates. Bundling
 * is skipped unless asked: CDK's own `aws:cdk:bundling-stacks` context (what `cdk deploy <stack>` uses for
 * the other stacks) leaves every resource and policy as it is and only stubs the code asset.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { Tenant } from '#shared/tenancy/tenant.js';
import type { DeploymentConfig } from '../../../infra/deployment-config.js';
import { buildLaporAmanApp, type LaporAmanStacks, loadDeployment, loadTenants } from '../../../infra/lapor-aman-app.js';

export interface SynthesizedApp {
  readonly app: App;
  readonly stacks: LaporAmanStacks;
  readonly core: Template;
  /** By tenant id. */
  readonly tenants: ReadonlyMap<string, Template>;
  dispose(): void;
}

export interface SynthesisOptions {
  readonly tenants?: readonly Tenant[];
  /** Default: config/deployment.json. */
  readonly deployment?: DeploymentConfig;
  readonly bundle?: boolean;
}

/** The app, built into a temporary cloud-assembly folder that `dispose` removes. */
export function buildTestApp(options: SynthesisOptions = {}): { app: App; stacks: LaporAmanStacks; dispose(): void } {
  const outdir = mkdtempSync(join(tmpdir(), 'lapor-aman-cdk-'));
  const app = new App({ outdir, context: options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] } });
  const dispose = () => rmSync(outdir, { recursive: true, force: true });
  try {
    const deployment = options.deployment ?? loadDeployment();
    return { app, stacks: buildLaporAmanApp(app, { tenants: options.tenants ?? loadTenants(), deployment }), dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

export function synthesizeLaporAman(options: SynthesisOptions = {}): SynthesizedApp {
  const { app, stacks, dispose } = buildTestApp(options);
  return {
    app,
    stacks,
    core: Template.fromStack(stacks.core),
    tenants: new Map(stacks.tenants.map((stack) => [stack.tenant.id, Template.fromStack(stack)])),
    dispose,
  };
}

/** The repository's tenants, with alert numbers (the seed keeps them empty: real numbers are deployment data). */
export function tenantsWithAlertNumbers(): Tenant[] {
  return loadTenants().map((tenant, i) => ({
    ...structuredClone(tenant),
    alerts: {
      onCallSms: [`+62812000000${i}1`, `+62812000000${i}2`],
      supervisorSms: i === 0 ? [`+62812000000${i}9`] : [],
    },
  }));
}
