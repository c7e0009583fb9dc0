/** Builds the whole deployment into a CDK app: the core stack and one stack per tenant. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type App, Tags } from 'aws-cdk-lib';
import { ROUTES, type RouteDefinition } from '#shared/http/routes.js';
import { type Tenant, TenantsConfig } from '#shared/tenancy/tenant.js';
import { type DeploymentConfig, DeploymentConfigError, loadDeploymentConfig } from './deployment-config.js';
import { FUNCTION_CATALOG, type FunctionEntry } from './function-catalog.js';
import { checkFunctionCatalog } from './function-folders.js';
import { alertTopicName, CORE_STACK_NAME, PRODUCT, tenantStackName } from './naming.js';
import { CoreStack } from './stacks/core-stack.js';
import { TenantStack } from './stacks/tenant-stack.js';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

export interface LaporAmanAppOptions {
  readonly tenants: readonly Tenant[];
  /** config/deployment.json, parsed. */
  readonly deployment: DeploymentConfig;
  readonly catalog?: readonly FunctionEntry[];
  readonly routes?: readonly RouteDefinition[];
  readonly projectRoot?: string;
  /** Where the function folders are (default `<projectRoot>/functions`). */
  readonly functionsDir?: string;
}

export interface LaporAmanStacks {
  readonly core: CoreStack;
  readonly tenants: readonly TenantStack[];
}

export function loadTenants(file = join(PROJECT_ROOT, 'config', 'tenants.json')): Tenant[] {
  return TenantsConfig.parse(JSON.parse(readFileSync(file, 'utf8'))).tenants;
}

/** The deployment's own settings (SMS, staff sign-in, kept tenant keys). */
export function loadDeployment(file = join(PROJECT_ROOT, 'config', 'deployment.json')): DeploymentConfig {
  return loadDeploymentConfig(file);
}

export function buildLaporAmanApp(app: App, options: LaporAmanAppOptions): LaporAmanStacks {
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  const functionsDir = options.functionsDir ?? join(projectRoot, 'functions');
  const catalog = options.catalog ?? FUNCTION_CATALOG;
  const routes = options.routes ?? ROUTES;
  checkFunctionCatalog(catalog, functionsDir, routes);
  checkTopicNames(options.tenants);
  checkTenantKeys(options.deployment, options.tenants);

  Tags.of(app).add('project', PRODUCT);
  const core = new CoreStack(app, CORE_STACK_NAME, {
    description: 'Lapor Aman: API, functions, table, staff sign-in, schedules and alarms',
    catalog,
    routes,
    projectRoot,
    functionsDir,
    sms: options.deployment.sms,
    staffSignIn: options.deployment.staffSignIn,
    firstSupervisors: options.deployment.firstSupervisors,
  });
  const tenants = options.tenants.map((tenant) => {
    const stack = new TenantStack(app, tenantStackName(tenant.id), {
      description: `Lapor Aman ${tenant.displayName}: key, alert topics, WhatsApp secrets, profile`,
      tenant,
      catalog,
      keptKeyArn: options.deployment.tenantKeyArns[tenant.id],
    });
    // Its seeder writes into the core stack's table as the core stack's seeder role.
    stack.addStackDependency(core);
    return stack;
  });
  return { core, tenants };
}

/** Topic names are per account and Region: tenant `x-supervisor`'s on-call topic would be `x`'s supervisors'. */
function checkTopicNames(tenants: readonly Tenant[]): void {
  const names = tenants.flatMap((tenant) => [alertTopicName(tenant.id), alertTopicName(tenant.id, 'supervisors')]);
  const clash = names.find((name, i) => names.indexOf(name) !== i);
  if (clash) throw new Error(`two regencies would share the alert topic ${clash}: rename one (config/tenants.json)`);
}

/** A kept key or a first supervisor for a regency the config does not list is a typo (a new key, an orphan account). */
function checkTenantKeys(deployment: DeploymentConfig, tenants: readonly Tenant[]): void {
  const named = (ids: readonly string[], what: string) => {
    const unknown = ids.filter((id) => !tenants.some((tenant) => tenant.id === id));
    if (unknown.length > 0) {
      throw new DeploymentConfigError(`config/deployment.json names the ${what} of ${unknown.join(', ')}, which config/tenants.json does not list`);
    }
  };
  named(Object.keys(deployment.tenantKeyArns), 'key');
  named(Object.keys(deployment.firstSupervisors), 'first supervisor');
}
