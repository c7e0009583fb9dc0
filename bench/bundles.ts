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
  /** Imported after `file` in the same process: a chunk loaded later (the first WhatsApp file's S3 client). */
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
/** The dynamic import that loads the S3 client (shared/wiring/cloud-media.ts). */
const MEDIA_CHUNK = /^chunks\/cloud-media-[\w-]+\.mjs$/;

export async function buildBundles(root: string, outDir: string): Promise<BuiltBundle[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const functionsDir = join(root, 'functions');
  const names = readdirSync(functionsDir).filter((name) => statSync(join(functionsDir, name)).isDirectory());
  const emptyEntry = join(outDir, 'empty-handler.mjs');
  writeFileSync(emptyEntry, 'export const handler = async () => ({ statusCode: 200 });\n');
  const floorsDir = join(root, 'bench', 'floors');
  const entries = [
    { name: EMPTY_HANDLER, entry: emptyEntry },
    ...names.map((name) => ({ name, entry: join(functionsDir, name, 'lambda.ts') })),
    ...readdirSync(floorsDir).map((file) => ({ name: FLOOR_PREFIX + file.replace(/\.ts$/, ''), entry: join(floorsDir, file) })),
  ];
  const bundles: BuiltBundle[] = [];
  for (const { name, entry } of entries) {
    const folder = join(outDir, name === EMPTY_HANDLER ? 'empty' : name.replace(/\W+/g, '-'));
    const result = SPLIT_BUNDLES.includes(name)
      ? await buildSplitBundle(root, name, folder)
      : await build({ ...lambdaBuildOptions(root), entryPoints: [entry], outfile: join(folder, 'index.mjs'), metafile: true, logLevel: 'error' });
    // What the CDK app writes beside the bundle (the staff console's client), so the bundle imports as deployed.
    const [program, ...args] = (SPLIT_BUNDLES.includes(name) ? undefined : besideBundle(root, name)?.(folder)) ?? [];
    if (program) execFileSync(program, args);
    const loaded = loadedOutputs(result.metafile);
    bundles.push({ name, file: join(folder, 'index.mjs'), ...sizes(result.metafile, loaded) });
    const mediaChunk = Object.keys(result.metafile.outputs).find((path) => MEDIA_CHUNK.test(relativeTo(folder, path)));
    if (mediaChunk) {
      const withMedia = [...loaded, ...loadedOutputs(result.metafile, mediaChunk)];
      bundles.push({ name: WHATSAPP_FIRST_FILE, file: join(folder, 'index.mjs'), alsoImport: [absolute(mediaChunk)], ...sizes(result.metafile, withMedia) });
    }
  }
  const webReport = bundles.find((bundle) => bundle.name === 'web-report');
  if (webReport) bundles.push({ ...webReport, name: WEB_REPORT_WITHOUT_SOURCE_MAPS, env: { NODE_OPTIONS: '' } });
  return bundles;
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
