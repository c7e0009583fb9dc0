/**
 * Builds a function of `SPLIT_BUNDLES` with ESM code splitting into its bundle's folder: `index.mjs` plus
 * `chunks/` for what it imports dynamically. Run by the CDK app after NodejsFunction's own esbuild run
 * (`tsx infra/split-bundle.ts <function> <folder>`, replacing its single-file output) and called by the
 * bench, so both ship the same files. Offline and deterministic, like esbuild itself.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { LAMBDA_BUNDLE, SPLIT_OUTPUT } from './bundling.js';

/** `LAMBDA_BUNDLE` as esbuild options, its aliases resolved from the repository root. */
export function lambdaBuildOptions(projectRoot: string): BuildOptions {
  return {
    ...LAMBDA_BUNDLE,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    external: [...LAMBDA_BUNDLE.external],
    alias: Object.fromEntries(Object.entries(LAMBDA_BUNDLE.alias).map(([name, path]) => [name, join(projectRoot, path)])),
  };
}

export function buildSplitBundle(projectRoot: string, functionName: string, folder: string, extra: BuildOptions = {}) {
  return build({
    ...lambdaBuildOptions(projectRoot),
    ...extra,
    alias: { ...lambdaBuildOptions(projectRoot).alias, ...extra.alias },
    entryPoints: [join(projectRoot, 'functions', functionName, 'lambda.ts')],
    outdir: folder,
    ...SPLIT_OUTPUT,
    outExtension: { ...SPLIT_OUTPUT.outExtension },
    metafile: true,
    logLevel: 'error',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [functionName, folder] = process.argv.slice(2);
  if (!functionName || !folder) throw new Error('usage: split-bundle.ts <function> <folder>');
  await buildSplitBundle(join(fileURLToPath(new URL('..', import.meta.url))), functionName, folder);
}
