/**
 * Builds every function exactly as the CDK app does (infra/bundling.ts) plus an empty ESM handler, so
 * sizes and cold imports compare like with like.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { besideBundle, LAMBDA_BUNDLE } from '../infra/bundling.js';

export interface BuiltBundle {
  readonly name: string;
  readonly file: string;
  readonly bytes: number;
  /** Largest contributors by package, from esbuild's metafile. */
  readonly topInputs: readonly { readonly name: string; readonly bytes: number }[];
  /** Variables that differ from the deployed ones when it is imported (what-if rows only). */
  readonly env?: Readonly<Record<string, string>>;
}

interface BundleEntry {
  readonly name: string;
  readonly entry: string;
  /** esbuild aliases beyond the deployed ones (what-if bundles only). */
  readonly alias?: Record<string, string>;
  readonly env?: Readonly<Record<string, string>>;
}

export const EMPTY_HANDLER = '(empty handler)';
/** Bundles of bench/floors/: what every intake function must load before any code of its own. */
export const FLOOR_PREFIX = 'floor: ';
/** The WhatsApp webhook with the S3 client stubbed out (bench/what-if/): what media storage costs it. */
export const WHATSAPP_WITHOUT_S3 = 'what if: whatsapp-webhook without the S3 client';
/** The web-report bundle imported without `--enable-source-maps`: what mapped stack traces cost at cold start. */
export const WEB_REPORT_WITHOUT_SOURCE_MAPS = 'what if: web-report without --enable-source-maps';

export async function buildBundles(root: string, outDir: string): Promise<BuiltBundle[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const functionsDir = join(root, 'functions');
  const names = readdirSync(functionsDir).filter((name) => statSync(join(functionsDir, name)).isDirectory());
  const emptyEntry = join(outDir, 'empty-handler.mjs');
  writeFileSync(emptyEntry, 'export const handler = async () => ({ statusCode: 200 });\n');
  const floorsDir = join(root, 'bench', 'floors');
  const entries: BundleEntry[] = [
    { name: EMPTY_HANDLER, entry: emptyEntry },
    ...names.map((name) => ({ name, entry: join(functionsDir, name, 'lambda.ts') })),
    ...readdirSync(floorsDir).map((file) => ({ name: FLOOR_PREFIX + file.replace(/\.ts$/, ''), entry: join(floorsDir, file) })),
    {
      name: WHATSAPP_WITHOUT_S3,
      entry: join(functionsDir, 'whatsapp-webhook', 'lambda.ts'),
      alias: { '@aws-sdk/client-s3': join(root, 'bench', 'what-if', 'no-s3-client.ts') },
    },
    { name: WEB_REPORT_WITHOUT_SOURCE_MAPS, entry: join(functionsDir, 'web-report', 'lambda.ts'), env: { NODE_OPTIONS: '' } },
  ];
  const bundles: BuiltBundle[] = [];
  for (const { name, entry, alias, env } of entries) {
    const file = join(outDir, name === EMPTY_HANDLER ? 'empty' : name.replace(/\W+/g, '-'), 'index.mjs');
    const result = await build({
      ...LAMBDA_BUNDLE,
      mainFields: [...LAMBDA_BUNDLE.mainFields],
      external: [...LAMBDA_BUNDLE.external],
      alias: {
        ...Object.fromEntries(Object.entries(LAMBDA_BUNDLE.alias).map(([name, path]) => [name, join(root, path)])),
        ...alias,
      },
      entryPoints: [entry],
      outfile: file,
      metafile: true,
      logLevel: 'error',
    });
    // What the CDK app writes beside the bundle (the staff console's client), so the bundle imports as deployed.
    const [program, ...args] = besideBundle(root, name)?.(dirname(file)) ?? [];
    if (program) execFileSync(program, args);
    const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
    const byPackage = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
      const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? input.split('/')[0] ?? input;
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    }
    bundles.push({
      name,
      file,
      ...(env ? { env } : {}),
      bytes: statSync(file).size,
      topInputs: [...byPackage.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([pkg, bytes]) => ({ name: pkg, bytes })),
    });
  }
  return bundles;
}
