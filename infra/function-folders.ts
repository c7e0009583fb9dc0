/**
 * The catalog and the `functions/` folder must describe the same functions, and the catalog must agree
 * with the route table: checked at every synth so that a new function cannot ship half-deployed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RouteDefinition } from '#shared/http/routes.js';
import type { FunctionEntry } from './function-catalog.js';
import { assertKmsAccessAllowed } from './kms-access.js';

export class FunctionCatalogError extends Error {
  override readonly name = 'FunctionCatalogError';
}

const NAME_PATTERN = /^[a-z][a-z0-9-]{1,29}$/;

export function lambdaEntryPath(functionsDir: string, name: string): string {
  return join(functionsDir, name, 'lambda.ts');
}

/** Fails with every problem at once, each naming the file to fix. */
export function checkFunctionCatalog(
  catalog: readonly FunctionEntry[],
  functionsDir: string,
  routes: readonly RouteDefinition[],
): void {
  const problems: string[] = [];
  const folders = readdirSync(functionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const names = catalog.map((entry) => entry.name);

  for (const folder of folders) {
    if (!names.includes(folder)) problems.push(`functions/${folder}/ has no entry in infra/function-catalog.ts`);
  }
  for (const entry of catalog) {
    if (!NAME_PATTERN.test(entry.name)) problems.push(`"${entry.name}" is not a valid function name (${NAME_PATTERN})`);
    if (!existsSync(lambdaEntryPath(functionsDir, entry.name))) {
      problems.push(`infra/function-catalog.ts names "${entry.name}" but functions/${entry.name}/lambda.ts does not exist`);
    }
    if (names.indexOf(entry.name) !== names.lastIndexOf(entry.name)) problems.push(`"${entry.name}" is catalogued twice`);
    const routed = routes.some((route) => route.functionName === entry.name);
    if (entry.http && !routed) problems.push(`"${entry.name}" declares http access but no route in shared/http/routes.ts serves it`);
    if (!entry.http && routed) problems.push(`routes in shared/http/routes.ts use "${entry.name}", whose catalog entry has no http access`);
    if (entry.schedule && entry.schedule.everyMinutes < 1) problems.push(`"${entry.name}" must run at most once a minute`);
    try {
      assertKmsAccessAllowed(entry);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  for (const route of routes) {
    if (!names.includes(route.functionName)) {
      problems.push(`route "${route.routeKey}" names "${route.functionName}", which has no entry in infra/function-catalog.ts`);
    }
  }
  if (problems.length > 0) {
    throw new FunctionCatalogError(`The function catalog does not match the code:\n  - ${[...new Set(problems)].join('\n  - ')}`);
  }
}
