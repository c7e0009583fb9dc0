import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROUTES } from '#shared/http/routes.js';
import { FUNCTION_CATALOG, type FunctionEntry } from '../../infra/function-catalog.js';
import { checkFunctionCatalog } from '../../infra/function-folders.js';
import { PROJECT_ROOT } from '../../infra/lapor-aman-app.js';

const entry = (name: string, overrides: Partial<FunctionEntry> = {}): FunctionEntry => ({
  name,
  description: name,
  memoryMb: 256,
  timeoutSeconds: 10,
  kms: { generate: [], decrypt: [] },
  table: [],
  publishesAlerts: false,
  ...overrides,
});

let dir: string | undefined;

function functionsFolder(folders: Record<string, boolean>): string {
  dir = mkdtempSync(join(tmpdir(), 'lapor-aman-functions-'));
  for (const [name, withLambda] of Object.entries(folders)) {
    mkdirSync(join(dir, name));
    if (withLambda) writeFileSync(join(dir, name, 'lambda.ts'), 'export const handler = () => {};\n');
  }
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('checkFunctionCatalog', () => {
  it('accepts the repository when every folder, catalog entry and route agree', () => {
    // Act
    const check = () => checkFunctionCatalog(FUNCTION_CATALOG, join(PROJECT_ROOT, 'functions'), ROUTES);

    // Assess
    expect(check).not.toThrow();
  });

  it('fails naming the folder when a function folder has no catalog entry', () => {
    // Prepare
    const folder = functionsFolder({ 'web-report': true, 'staff-api': true });

    // Act
    const check = () => checkFunctionCatalog([entry('web-report')], folder, []);

    // Assess
    expect(check).toThrow('functions/staff-api/ has no entry in infra/function-catalog.ts');
  });

  it('fails when a catalog entry has no lambda.ts yet', () => {
    // Prepare
    const folder = functionsFolder({ 'reveal-identity': false });

    // Act
    const check = () => checkFunctionCatalog([entry('reveal-identity')], folder, []);

    // Assess
    expect(check).toThrow('functions/reveal-identity/lambda.ts does not exist');
  });

  it('fails when a route names a function without a catalog entry', () => {
    // Prepare
    const folder = functionsFolder({ 'web-report': true });
    const routes = [{ routeKey: 'GET /healthz', functionName: 'staff-api' }] as unknown as typeof ROUTES;

    // Act
    const check = () => checkFunctionCatalog([entry('web-report')], folder, routes);

    // Assess
    expect(check).toThrow('route "GET /healthz" names "staff-api"');
  });

  it('fails when a routed function declares no http access', () => {
    // Prepare
    const folder = functionsFolder({ 'web-report': true });
    const routes = [{ routeKey: 'GET /healthz', functionName: 'web-report' }] as const;

    // Act
    const check = () => checkFunctionCatalog([entry('web-report')], folder, routes);

    // Assess
    expect(check).toThrow('whose catalog entry has no http access');
  });

  it('fails when an entry asks to decrypt what its function may not open', () => {
    // Prepare
    const folder = functionsFolder({ 'web-report': true });
    const greedy = entry('web-report', { kms: { generate: ['details'], decrypt: ['details'] } });

    // Act
    const check = () => checkFunctionCatalog([greedy], folder, []);

    // Assess
    expect(check).toThrow('functions/web-report may not decrypt purpose "details"');
  });

  it('reports every problem at once', () => {
    // Prepare
    const folder = functionsFolder({ 'a-folder': true, 'b-folder': true });

    // Act
    const check = () => checkFunctionCatalog([], folder, []);

    // Assess
    expect(check).toThrow(/a-folder[\s\S]*b-folder/);
  });
});
