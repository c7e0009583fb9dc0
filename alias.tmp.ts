import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { LAMBDA_BUNDLE } from './infra/bundling.js';
for (const name of ['web-report', 'whatsapp-webhook', 'call-center']) {
  for (const alias of [false, true]) {
    const out = `/tmp/alias/${name}-${alias}.mjs`;
    await build({ ...LAMBDA_BUNDLE, mainFields: [...LAMBDA_BUNDLE.mainFields], external: [], entryPoints: [`functions/${name}/lambda.ts`], outfile: out, sourcemap: false, logLevel: 'error',
      ...(alias ? { alias: { '@aws-sdk/credential-provider-node': '/work/main/shared/wiring/lambda-credentials.ts' } } : {}) });
    console.log(name, alias, (statSync(out).size / 1024).toFixed(0), 'KB');
  }
}
