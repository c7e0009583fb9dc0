import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_BUNDLE } from '../../infra/bundling.js';
import { FUNCTION_CATALOG } from '../../infra/function-catalog.js';
import { CORE_STACK_NAME } from '../../infra/naming.js';
import { buildTestApp } from './support/synthesize.js';
import { CONSOLE_CLIENT_FILE } from '#shared/channels/staff-console/console-client-file.js';
import type { HttpEvent } from '#shared/http/http-types.js';

/** Where a split bundle's chunks sit, relative to its `index.mjs` (infra/bundling.ts `SPLIT_OUTPUT`). */
const CHUNKS = './chunks/';
/** The clients' service ids, in their operation schemas: present wherever the client is. */
const S3_SERVICE = 'com.amazonaws.s3';
const KMS_SERVICE = 'com.amazonaws.kms';
const SNS_SERVICE = 'com.amazonaws.sns';
const SECRETS_SERVICE = 'com.amazonaws.secretsmanager';

let assembly: CloudAssembly;
let dispose: () => void;

beforeAll(() => {
  // Prepare: the one test file that runs esbuild, as `npm run synth` does.
  const built = buildTestApp({ bundle: true });
  dispose = built.dispose;

  // Act
  assembly = built.app.synth();
});

afterAll(() => dispose());

/** Each catalog function's bundle folder, by the function's description (unique per entry). */
function bundles(): Map<string, { dir: string; environment: Record<string, unknown> }> {
  const template = assembly.getStackByName(CORE_STACK_NAME).template;
  const found = new Map<string, { dir: string; environment: Record<string, unknown> }>();
  for (const resource of Object.values(template.Resources) as any[]) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const entry = FUNCTION_CATALOG.find((candidate) => candidate.description === resource.Properties.Description);
    if (entry) {
      found.set(entry.name, {
        // Staged as asset.<hash>, uploaded as <hash>.zip.
        dir: join(assembly.directory, `asset.${String(resource.Properties.Code.S3Key).replace(/\.zip$/, '')}`),
        environment: resource.Properties.Environment.Variables,
      });
    }
  }
  return found;
}

/** What CloudFormation makes of a variable: pseudo parameters filled, ids of our resources sampled. */
const PSEUDO: Record<string, string> = {
  'AWS::Region': 'ap-southeast-3',
  'AWS::AccountId': '123456789012',
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};
const SAMPLE_IDS: Record<string, string> = {
  TABLE_NAME: 'lapor-aman',
  MEDIA_BUCKET: 'lapor-aman-media-123456789012-ap-southeast-3',
  COGNITO_USER_POOL_ID: 'ap-southeast-3_Ab12Cd34E',
  COGNITO_CLIENT_ID: '1a2b3c4d5e6f7g8h9i0j1k2l3m',
};

function deployed(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  const sample = SAMPLE_IDS[name];
  if (sample) return sample;
  const visit = (node: any): string => {
    if (typeof node === 'string') return node;
    if (node.Ref) return PSEUDO[node.Ref] ?? 'lapor-aman-123456789012';
    if (node['Fn::Join']) return node['Fn::Join'][1].map(visit).join(node['Fn::Join'][0]);
    // The HTTP API's address (the alert links' base) is known only once deployed.
    if (node['Fn::GetAtt']?.[1] === 'ApiEndpoint') return 'https://abc123.execute-api.ap-southeast-3.amazonaws.com';
    throw new Error(`${name}: cannot sample ${JSON.stringify(node)}`);
  };
  return visit(value);
}

/** A function's bundle imported under Node with its deployed environment, as Lambda loads it. */
async function importBundle(name: string) {
  const bundle = bundles().get(name);
  const saved = { ...process.env };
  Object.assign(
    process.env,
    Object.fromEntries(Object.entries(bundle?.environment ?? {}).map(([name, value]) => [name, deployed(name, value)])),
    { AWS_REGION: 'ap-southeast-3' },
  );
  return import(pathToFileURL(join(bundle?.dir ?? '', 'index.mjs')).href).finally(() => {
    process.env = saved;
  });
}

describe('function bundles', () => {
  it.each(FUNCTION_CATALOG.map((entry) => entry.name))('bundles %s as ESM with the SDK inside, the require banner and a source map', (name) => {
    // Act
    const bundle = bundles().get(name);
    const code = readFileSync(join(bundle?.dir ?? '', 'index.mjs'), 'utf8');

    // Assess (never the code itself in a failure message: it is megabytes)
    expect(code.startsWith(LAMBDA_BUNDLE.banner.js)).toBe(true);
    const imported = [
      ...code.matchAll(/(?:^|[;}])\s*import[^;"']*from\s*["']([^"']+)["']/gm),
      ...code.matchAll(/[;,=(]\s*require\(["']([^"']+)["']\)/g),
    ].map((match) => match[1] ?? '');
    // Nothing outside the bundle: Node's builtins, and a split bundle's own chunks (SPLIT_BUNDLES).
    expect(imported.filter((specifier) => !isBuiltin(specifier) && !specifier.startsWith(CHUNKS))).toEqual([]);
    expect(code.trimEnd().endsWith('//# sourceMappingURL=index.mjs.map')).toBe(true);
    const map = JSON.parse(readFileSync(join(bundle?.dir ?? '', 'index.mjs.map'), 'utf8'));
    expect(map.mappings.length).toBeGreaterThan(0);
    // Positions only: the functions parse their map at cold start (--enable-source-maps).
    expect(map.sourcesContent).toBeUndefined();
  });

  it.each(FUNCTION_CATALOG.map((entry) => entry.name))('loads the %s bundle under Node with its deployed environment', async (name) => {
    // Act
    const module = await importBundle(name);

    // Assess
    expect(typeof module.handler).toBe('function');
  });

  it.each([
    // A WhatsApp text never loads the S3 client: the first file a container receives does.
    { name: 'whatsapp-webhook', chunk: /^cloud-media-[\w-]+\.mjs$/, services: [S3_SERVICE] },
    // Meta's status callbacks never load KMS or SNS: the first message does.
    { name: 'whatsapp-webhook', chunk: /^cloud-sealing-[\w-]+\.mjs$/, services: [KMS_SERVICE, SNS_SERVICE] },
    // The reporter's pages never load KMS, SNS or Secrets Manager: the first report (or status check) does.
    { name: 'web-report', chunk: /^cloud-sealing-[\w-]+\.mjs$/, services: [KMS_SERVICE, SNS_SERVICE, SECRETS_SERVICE] },
  ])('ships $name with the clients of a later path in a chunk of their own ($chunk)', async ({ name, chunk, services }) => {
    // Prepare
    const dir = bundles().get(name)?.dir ?? '';
    const code = (file: string) => readFileSync(join(dir, file), 'utf8');
    const staticChunks = (file: string): string[] =>
      [...code(file).matchAll(/from\s*["']\.\/(?:chunks\/)?(chunk-[\w-]+\.mjs)["']/g)].map((match) => `chunks/${match[1]}`);
    const coldPath = new Set(['index.mjs']);
    for (const file of coldPath) for (const imported of staticChunks(file)) coldPath.add(imported);

    // Act
    const later = readdirSync(join(dir, 'chunks')).filter((file) => chunk.test(file));
    await importBundle(name);

    // Assess
    expect(later).toHaveLength(1);
    expect(code('index.mjs')).toContain(`import("${CHUNKS}${later[0]}")`);
    for (const service of services) {
      expect(code(`chunks/${later[0]}`)).toContain(service);
      expect([...coldPath].filter((file) => code(file).includes(service))).toEqual([]);
    }
    expect(await import(pathToFileURL(join(dir, 'chunks', later[0] ?? '')).href)).toBeDefined();
  });

  it('ships the console client beside the staff-console bundle, and the page inlines exactly it under its hash', async () => {
    // Prepare
    const client = readFileSync(join(bundles().get('staff-console')?.dir ?? '', CONSOLE_CLIENT_FILE), 'utf8');
    const module = await importBundle('staff-console');
    const event = { version: '2.0', routeKey: 'GET /staff', rawPath: '/staff', rawQueryString: '', headers: {}, requestContext: {}, isBase64Encoded: false };

    // Act
    const response = await module.handler(event as unknown as HttpEvent, {});

    // Assess
    const hash = createHash('sha256').update(client, 'utf8').digest('base64');
    expect(client.length).toBeGreaterThan(1000);
    expect(response.body.includes(`<script>${client}</script>`)).toBe(true);
    expect(response.headers['content-security-policy']).toContain(`script-src 'sha256-${hash}'`);
  });
});
