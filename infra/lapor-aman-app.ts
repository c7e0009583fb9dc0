/** Builds the whole deployment into a CDK app: the core stack and one stack per tenant. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type App, Tags } from 'aws-cdk-lib';
import { ROUTES, type RouteDefinition } from '#shared/http/routes.js';
import { type Tenant, TenantsConfig } from '#shared/tenancy/tenant.js';
import { FUNCTION_CATALOG, type FunctionEntry } from './function-catalog.js';
import { checkFunctionCatalog } from './function-folders.js';
import { CORE_STACK_NAME, PRODUCT, tenantStackName } from './naming.js';
import { CoreStack } from './stacks/core-stack.js';
import { TenantStack } from './stacks/tenant-stack.js';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

export interface LaporAmanAppOptions {
  readonly tenants: readonly Tenant[];
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

export function buildLaporAmanApp(app: App, options: LaporAmanAppOptions): LaporAmanStacks {
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  const functionsDir = options.functionsDir ?? join(projectRoot, 'functions');
  const catalog = options.catalog ?? FUNCTION_CATALOG;
  const routes = options.routes ?? ROUTES;
  checkFunctionCatalog(catalog, functionsDir, routes);

  Tags.of(app).add('project', PRODUCT);
  const core = new CoreStack(app, CORE_STACK_NAME, {
    description: 'Lapor Aman: API, functions, table, staff sign-in, schedules and alarms',
    catalog,
    routes,
    projectRoot,
    functionsDir,
  });
  const tenants = options.tenants.map((tenant) => {
    const stack = new TenantStack(app, tenantStackName(tenant.id), {
      description: `Lapor Aman ${tenant.displayName}: key, alert topics, WhatsApp secrets, profile`,
      tenant,
      catalog,
    });
    // The profile seeder needs the table and the seeder role; the key policy names the function roles.
    stack.addStackDependency(core);
    return stack;
  });
  return { core, tenants };
}
