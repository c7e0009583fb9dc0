/** `npm start`: the whole product on http://localhost:3000 (PORT), data under .data/. */
import { resolve } from 'node:path';
import { startLocalRuntime } from './runtime.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// No CloudWatch here: a function's metrics (the SMS failure recorder's) would only print as JSON.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

const dataDir = resolve(process.env.LAPOR_AMAN_DATA_DIR ?? '.data');
const port = Number(process.env.PORT ?? 3000);

/** The cloud's retention schedule (functions/retention): every 30 minutes, and once at start here. */
const RETENTION_INTERVAL_MS = 30 * 60_000;

const runtime = await startLocalRuntime({ dataDir, port, retentionIntervalMs: RETENTION_INTERVAL_MS });

console.log(`
Lapor Aman is running locally.
  Data (embedded DynamoDB, local key): ${dataDir}
  DynamoDB endpoint: ${runtime.dynamoEndpoint}  (table ${runtime.tableName}, region ap-southeast-3, any credentials)

  Report forms:
${runtime.tenantIds.map((id) => `    ${runtime.url}/${id}/lapor`).join('\n')}
  One press:     ${runtime.url}/<tenant>/darurat  (asks for help at once: a DARURAT report)
  Status check:  ${runtime.url}/<tenant>/status
  JSON API:      POST ${runtime.url}/api/v1/<tenant>/reports
  Call center:   POST ${runtime.url}/api/v1/call-center/transcripts  with header x-api-key (README: "Call center")
${Object.entries(runtime.callCenterKeys)
  .map(([id, key]) => `    ${id}: ${key}`)
  .join('\n')}
                 (local keys, kept in ${dataDir}/call-center-keys.json)
  Health:        ${runtime.url}/healthz
  WhatsApp:      ${runtime.url}/webhooks/whatsapp  (Meta's webhook, signed; secrets in ${dataDir}/whatsapp-secrets.json)
                 chat as a reporter: npm run wa -- --tenant ${Object.keys(runtime.whatsapp.phoneNumberIds).join(' | ')}
  Sent alerts:   ${runtime.url}/_local/outbox  (local only; also printed below as they go out)
  Staff console: ${runtime.url}/staff  (phone-friendly; "Masuk" opens the local dev login)
                 dev login: pick a seeded responder or supervisor of ${runtime.tenantIds.join(' / ')}
                 (local only, never deployed; signing key in ${dataDir}/dev-login-key.pem)
  Staff API:     ${runtime.url}/api/v1/staff/...  with "Authorization: Bearer <ID token>" (README: "Staff console")

Press Ctrl-C to stop.
`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await runtime.stop();
  console.log('Stopped. Data kept in', dataDir);
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
