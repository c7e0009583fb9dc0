/**
 * Builds every function exactly as the CDK app does (infra/bundling.ts, infra/split-bundle.ts) plus an
 * empty ESM handler and the floors, so sizes and cold imports compare like with like.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { besideBundle, SPLIT_BUNDLES } from '../infra/bundling.js';
import { buildSplitBundle, lambdaBuildOptions } from '../infra/split-bundle.js';

export interface BuiltBundle {
  readonly name: string;
  readonly file: string;
  /** What importing `file` loads: the entry and the chunks it imports statically. */
  readonly bytes: number;
  /** Largest contributors by package, from esbuild's metafile. */
  readonly topInputs: readonly { readonly name: string; readonly bytes: number }[];
  /** Packages in what importing `file` loads (to check what a path does NOT load). */
  readonly packages: readonly string[];
  /** Imported after `file` in the same process: a chunk loaded later (`LATER_PATHS`). */
  readonly alsoImport?: readonly string[];
  /** Variables that differ from the deployed ones when it is imported (what-if rows only). */
  readonly env?: Readonly<Record<string, string>>;
}

export const EMPTY_HANDLER = '(empty handler)';
/** Bundles of bench/floors/: the clients and schemas a function needs and nothing else (a floor per intake function). */
export const FLOOR_PREFIX = 'floor: ';
/** The WhatsApp webhook once its first file arrives: the text path plus the media store's chunk (S3 client). */
export const WHATSAPP_FIRST_FILE = 'whatsapp-webhook + first file (S3 chunk)';
/** The web-report bundle imported without `--enable-source-maps`: what mapped stack traces cost at cold start. */
export const WEB_REPORT_WITHOUT_SOURCE_MAPS = 'what if: web-report without --enable-source-maps';
/** The intake functions; each has a floor (bench/floors/) and a what-if row without the tracer. */
export const INTAKE_FUNCTIONS = ['web-report', 'call-center', 'whatsapp-webhook'] as const;
/** An intake function built with the tracer stubbed out: the X-Ray SDK's share of its cold import. */
export const WITHOUT_TRACER_PREFIX = 'what if, no tracer: ';
/** The web-report function once its first report arrives: the pages' code plus the sealing chunk (KMS, SNS, Secrets Manager). */
export const WEB_FIRST_REPORT = 'web-report + first report (sealing chunk)';
/** The WhatsApp webhook once a reporter's first message arrives (status callbacks come before): plus the sealing chunk. */
export const WHATSAPP_FIRST_MESSAGE = 'whatsapp-webhook + first message (sealing chunk)';
/** Paths that import a chunk after the cold start, measured as the entry plus that chunk in one process. */
export const LATER_PATHS: readonly { readonly name: string; readonly function: string; readonly chunk: RegExp }[] = [
  /** The S3 client (shared/wiring/cloud-media.ts). */
  { name: WHATSAPP_FIRST_FILE, function: 'whatsapp-webhook', chunk: /^chunks\/cloud-media-[\w-]+\.mjs$/ },
  /** KMS, SNS and Secrets Manager (shared/wiring/cloud-sealing.ts, loaded by shared/wiring/lazy-sealing.ts). */
  { name: WEB_FIRST_REPORT, function: 'web-report', chunk: /^chunks\/cloud-sealing-[\w-]+\.mjs$/ },
  /** The same for the WhatsApp webhook: Meta's status callbacks seal nothing, a reporter's message does. */
  { name: WHATSAPP_FIRST_MESSAGE, function: 'whatsapp-webhook', chunk: /^chunks\/cloud-sealing-[\w-]+\.mjs$/ },
];

export async function buildBundles(root: string, outDir: string): Promise<BuiltBundle[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const functionsDir = join(root, 'functions');
  const names = readdirSync(functionsDir).filter((name) => statSync(join(functionsDir, name)).isDirectory());
  const emptyEntry = join(outDir, 'empty-handler.mjs');
  writeFileSync(emptyEntry, 'export const handler = async () => ({ statusCode: 200 });\n');
  const floorsDir = join(root, 'bench', 'floors');
  const entries: { name: string; entry: string; alias?: Record<string, string> }[] = [
    { name: EMPTY_HANDLER, entry: emptyEntry },
    ...names.map((name) => ({ name, entry: join(functionsDir, name, 'lambda.ts') })),
    ...readdirSync(floorsDir).map((file) => ({ name: FLOOR_PREFIX + file.replace(/\.ts$/, ''), entry: join(floorsDir, file) })),
  ];
  // The intake functions once more with the tracer stubbed out (bench/what-if/no-tracer/): what tracing costs them.
  const withoutTracer = { '@aws-lambda-powertools/tracer': join(root, 'bench', 'what-if', 'no-tracer') };
  const untraced = INTAKE_FUNCTIONS.map((name) => ({ name: WITHOUT_TRACER_PREFIX + name, entry: join(functionsDir, name, 'lambda.ts'), alias: withoutTracer }));
  const bundles: BuiltBundle[] = [];
  for (const { name, entry, alias } of [...entries, ...untraced]) {
    const folder = join(outDir, name === EMPTY_HANDLER ? 'empty' : name.replace(/\W+/g, '-'));
    const { bundle, metafile, loaded } = await buildFunctionBundle(root, { name, entry, functionName: name.replace(WITHOUT_TRACER_PREFIX, ''), alias }, folder);
    bundles.push(bundle);
    for (const later of LATER_PATHS.filter((path) => !alias && path.function === name)) {
      const chunk = Object.keys(metafile.outputs).find((path) => later.chunk.test(relativeTo(folder, path)));
      if (!chunk) throw new Error(`${name}: no chunk matches ${later.chunk} (is it in SPLIT_BUNDLES?)`);
      const withChunk = [...loaded, ...loadedOutputs(metafile, chunk)];
      bundles.push({ name: later.name, file: join(folder, 'index.mjs'), alsoImport: [absolute(chunk)], ...sizes(metafile, withChunk) });
    }
  }
  const webReport = bundles.find((bundle) => bundle.name === 'web-report');
  if (webReport) bundles.push({ ...webReport, name: WEB_REPORT_WITHOUT_SOURCE_MAPS, env: { NODE_OPTIONS: '' } });
  return bundles;
}

/**
 * One bundle built as the CDK app builds `functionName` (split or not; plus `alias` for a what-if), into
 * `folder` with what the app writes beside it; sized by what importing its entry loads.
 */
export async function buildFunctionBundle(
  root: string,
  target: { readonly name: string; readonly entry: string; readonly functionName: string; readonly alias?: Record<string, string> },
  folder: string,
): Promise<{ bundle: BuiltBundle; metafile: Metafile; loaded: string[] }> {
  const { name, entry, functionName, alias } = target;
  const options = lambdaBuildOptions(root);
  const split = SPLIT_BUNDLES.includes(functionName);
  const result = split
    ? await buildSplitBundle(root, functionName, folder, { alias: { ...alias } })
    : await build({ ...options, alias: { ...options.alias, ...alias }, entryPoints: [entry], outfile: join(folder, 'index.mjs'), metafile: true, logLevel: 'error' });
  // What the CDK app writes beside the bundle (the staff console's client), so the bundle imports as deployed.
  const [program, ...args] = (split ? undefined : besideBundle(root, functionName)?.(folder)) ?? [];
  if (program) execFileSync(program, args);
  const loaded = loadedOutputs(result.metafile);
  return { bundle: { name, file: join(folder, 'index.mjs'), ...sizes(result.metafile, loaded) }, metafile: result.metafile, loaded };
}

const absolute = (path: string) => join(process.cwd(), path);
const relativeTo = (folder: string, path: string) => absolute(path).slice(folder.length + 1);

/** The output `from` (default: the entry) and every chunk it imports statically, transitively. */
function loadedOutputs(metafile: Metafile, from?: string): string[] {
  const outputs = metafile.outputs;
  const start = from ?? Object.keys(outputs).find((path) => outputs[path]?.entryPoint);
  const seen = new Set<string>();
  const visit = (path: string | undefined) => {
    if (!path || seen.has(path) || !outputs[path]) return;
    seen.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(start);
  return [...seen];
}

function sizes(metafile: Metafile, loaded: readonly string[]) {
  const byPackage = new Map<string, number>();
  let bytes = 0;
  for (const path of new Set(loaded)) {
    const output = metafile.outputs[path];
    bytes += statSync(absolute(path)).size;
    for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
      const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? input.split('/')[0] ?? input;
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  const ranked = [...byPackage.entries()].sort((a, b) => b[1] - a[1]);
  return {
    bytes,
    packages: ranked.map(([pkg]) => pkg),
    topInputs: ranked.slice(0, 6).map(([pkg, bytes]) => ({ name: pkg, bytes })),
  };
}
