/**
 * Builds the console's client (client/main.ts and what it imports) into the one script the page inlines
 * and its CSP allows by hash. The same build serves `npm start` and the tests (in-process, once per
 * process), the CDK app (write-console-client.ts, run after the staff-console function's bundling) and the
 * bench. esbuild is a development dependency: no function imports this module, they read the built file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, buildSync, type Metafile } from 'esbuild';
import { CONSOLE_CLIENT_FILE } from './console-client-file.js';

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/** Browsers of office PCs and staff phones from 2022 on; one classic script, no modules to fetch. */
export const CONSOLE_CLIENT_BUNDLE = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  // ASCII only: the hash is over the exact text, whatever charset a proxy or an editor assumes.
  charset: 'ascii',
  legalComments: 'none',
} as const satisfies BuildOptions;

export interface ConsoleClient {
  readonly script: string;
  /** esbuild's record of what went in: the bench reports it, the build checks it. */
  readonly metafile: Metafile;
}

export class ConsoleClientBuildError extends Error {
  override readonly name = 'ConsoleClientBuildError';
}

let built: ConsoleClient | undefined;

/** The built client; built on the first call of the process (a few hundred ms), then kept. */
export function buildConsoleClient(): ConsoleClient {
  built ??= build();
  return built;
}

/** Writes the built client into `dir` as `console-client.js`, for the staff-console function to read. */
export function writeConsoleClient(dir: string): string {
  const file = join(dir, CONSOLE_CLIENT_FILE);
  writeFileSync(file, buildConsoleClient().script);
  return file;
}

function build(): ConsoleClient {
  const result = buildSync({ ...CONSOLE_CLIENT_BUNDLE, entryPoints: [ENTRY], write: false, metafile: true, outfile: CONSOLE_CLIENT_FILE });
  const script = result.outputFiles[0]?.text ?? '';
  const packages = bundledPackages(result.metafile);
  // The client shares types with the server, never code that builds schemas: one value import of a
  // vocabulary module would bring zod (about 60 KB) along.
  if (packages.length > 0) {
    throw new ConsoleClientBuildError(
      `the console's client must bundle no package, found: ${packages.join(', ')}; import server modules with \`import type\` only`,
    );
  }
  // Either would end or alter the inline <script> element in the HTML parser.
  if (/<\/script|<!--/i.test(script)) throw new ConsoleClientBuildError('the built client contains "</script" or "<!--"');
  return { script, metafile: result.metafile };
}

/** Packages (node_modules) that put bytes into the script, with how many. */
function bundledPackages(metafile: Metafile): string[] {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
      if (name && bytesInOutput > 0) sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].map(([name, bytes]) => `${name} (${bytes} bytes)`);
}

