/**
 * How every Lambda bundle is built, in esbuild's own option names so that `npm run bench` can pass it
 * to esbuild unchanged and measure exactly what the CDK app deploys (see STACK.md "Bundling").
 * No CDK import here: the bench should not pay for loading aws-cdk-lib.
 */
import { join } from 'node:path';

export const LAMBDA_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: true,
  /** Mapped stack traces: the functions run with `--enable-source-maps` (infra/constructs/lapor-function.ts). */
  sourcemap: true,
  /**
   * Positions and names only, not every bundled file's text: the map of a 500 KB bundle shrinks from about
   * 2.5 MB to a fifth, which is what Node parses at cold start when source maps are enabled.
   */
  sourcesContent: false,
  mainFields: ['module', 'main'],
  /** Bundle the AWS SDK too: a bundled client imports faster than the runtime's copy. */
  external: [] as string[],
  /**
   * Lambda passes the role's credentials in environment variables, so the SDK's default credential chain
   * (SSO, INI files, web identity, IMDS and their nested STS/SSO clients: ~118 KB and cold-start time per
   * function) is replaced by the env-only provider; `semver` by a stub (shared/wiring/lambda-semver.ts).
   * Paths are relative to the repository root.
   */
  alias: {
    '@aws-sdk/credential-provider-node': './shared/wiring/lambda-credentials.ts',
    semver: './shared/wiring/lambda-semver.ts',
  } as Record<string, string>,
  /** Without it, ESM bundles of the SDK fail with `Dynamic require of "node:https" is not supported`. */
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
} as const;

/** The Lambda runtime and architecture the bundle targets (CDK names them with its own enums). */
export const LAMBDA_PLATFORM = { runtime: 'nodejs22.x', architecture: 'arm64' } as const;

/**
 * Files a function reads beside its bundle, written into the bundle's folder after esbuild by a script of
 * this repository: the CDK app runs it as a bundling hook, the bench after its own build. Offline and
 * deterministic, like esbuild itself.
 */
const BESIDE_BUNDLE: Readonly<Record<string, string>> = {
  /** The console's client, inlined into the page and allowed by its hash (shared/channels/staff-console/client/). */
  'staff-console': 'shared/channels/staff-console/write-console-client.ts',
};

/**
 * Functions whose bundle is built with ESM code splitting, so that a dynamic `import()` becomes a chunk
 * loaded only when reached (the WhatsApp webhook's S3 client: with the first file, never for text; web-report's
 * KMS, SNS and Secrets Manager clients: with the first request that seals, never for a page).
 * NodejsFunction always hands esbuild `--outfile`, which splitting cannot use, so its after-bundling hook
 * rebuilds these into the same folder with the same settings plus `SPLIT_OUTPUT` (infra/split-bundle.ts);
 * the bench builds them through the same function.
 */
export const SPLIT_BUNDLES: readonly string[] = ['whatsapp-webhook', 'web-report'];

/** esbuild's splitting options: the entry stays `index.mjs` (the handler Lambda loads), chunks beside it. */
export const SPLIT_OUTPUT = {
  splitting: true,
  entryNames: 'index',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
} as const;

/** The command (program and arguments) that writes a function's files into its bundle's `folder`; undefined for most functions. */
export function besideBundle(projectRoot: string, functionName: string): ((folder: string) => string[]) | undefined {
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  if (SPLIT_BUNDLES.includes(functionName)) {
    return (folder) => [tsx, join(projectRoot, 'infra', 'split-bundle.ts'), functionName, folder];
  }
  const script = BESIDE_BUNDLE[functionName];
  return script ? (folder) => [tsx, join(projectRoot, script), folder] : undefined;
}
/** Every function's Node options: stack traces mapped through the bundle's source map. */
export const LAMBDA_NODE_OPTIONS = '--enable-source-maps';
