/**
 * `npm run seed:demo`: DEMO DATA for the staff dashboard, never seeded by default. Writes Blora's published
 * yearly counts (17 cases in 2022, 23 in 2023, 28 in January–October 2024) into the local data folder as
 * anonymous reports whose only text says they are demo data, and walks most of them along the case path
 * with the same use cases the staff API calls. Run it while `npm start` is stopped (the embedded database
 * has one writer); running it again adds nothing (each demo report has a fixed channel reference).
 */
import { resolve } from 'node:path';
import { monotonicFactory } from 'ulid';
import type { StaffSession } from '#shared/auth/authenticate-staff.js';
import type { ClosingReason } from '#shared/domain/case-path.js';
import type { CaseStatus, Category, Channel } from '#shared/domain/vocabulary.js';
import type { Clock } from '#shared/intake/ports.js';
import { submitReport } from '#shared/intake/submit-report.js';
import { changeCaseStatus } from '#shared/staff/change-case-status.js';
import { startLocalRuntime } from './runtime.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const TENANT = 'blora';
const YEARS: readonly (readonly [year: number, count: number, lastMonth: number])[] = [
  [2022, 17, 12],
  [2023, 23, 12],
  [2024, 28, 10],
];
const CATEGORIES: readonly Category[] = ['kdrt', 'kekerasan_seksual', 'kekerasan_fisik', 'kdrt', 'penelantaran', 'kekerasan_psikis', 'perundungan'];
const CHANNELS: readonly Channel[] = ['whatsapp', 'whatsapp', 'web', 'walk-in'];
const HOUR = 3_600_000;

const dataDir = resolve(process.env.LAPOR_AMAN_DATA_DIR ?? '.data');
let now = Date.now();
const clock: Clock = { now: () => new Date(now) };
const nextUlid = monotonicFactory();

const runtime = await startLocalRuntime({
  dataDir,
  port: 0,
  clock,
  ids: { newId: () => nextUlid(now) },
  print: () => undefined,
  alertJobIntervalMs: 0,
  // Demo cases are years old: their alerts are marked sent without reaching the local outbox.
  decorateAlertPublisher: () => ({ publish: async (alert) => ({ messageId: `demo-${alert.dedupeId}` }) }),
}).catch((error: unknown) => {
  console.error(`Could not open ${dataDir}: stop \`npm start\` first, then run npm run seed:demo again.`);
  throw error;
});

try {
  const tenant = await runtime.deps.tenants.find(TENANT);
  if (!tenant) throw new Error(`no tenant ${TENANT}`);
  const session: StaffSession = {
    tenant,
    staff: { tenantId: TENANT, role: 'supervisor', id: 'demo@dev.lapor-aman.local', name: 'Data demo' },
  };
  let added = 0;
  for (const [year, count, lastMonth] of YEARS) {
    for (let n = 0; n < count; n++) {
      const month = Math.floor((n * lastMonth) / count);
      now = Date.UTC(year, month, 1 + ((n * 7) % 27), 2 + (n % 9));
      const receipt = await submitReport(runtime.deps, tenant, {
        channel: CHANNELS[n % CHANNELS.length],
        channelRef: `demo:${year}:${n}`,
        service: 'pengaduan_kekerasan',
        category: CATEGORIES[n % CATEGORIES.length],
        narrative: '[DEMO] Data contoh untuk dasbor petugas. Bukan laporan nyata.',
        location: { kecamatan: tenant.kecamatan[(n * 5) % tenant.kecamatan.length] },
        victim: { ageGroup: n % 3 === 0 ? 'dewasa' : 'anak_13_17', gender: 'perempuan', relationToReporter: 'diri_sendiri' },
        reporter: { anonymous: true },
        consent: { dataProcessing: true },
      });
      if (!receipt.created) continue;
      added++;
      await walkCasePath(session, receipt.caseId, n);
    }
  }
  console.log(`Demo data: ${added} cases added to ${TENANT} (${YEARS.map(([y, c]) => `${y}: ${c}`).join(', ')}) in ${dataDir}.`);
  console.log('Start the product with npm start and open /staff -> Angka. Delete .data/ to remove the demo data.');
} finally {
  await runtime.stop();
}

/** Most cases assessed within the day (one in six late), handled, some referred, most closed. */
async function walkCasePath(session: StaffSession, caseId: string, n: number): Promise<void> {
  const steps: [hoursLater: number, status: CaseStatus, reason?: ClosingReason][] = [[n % 6 === 5 ? 30 : 5 + (n % 12), 'asesmen']];
  if (n % 10 !== 9) steps.push([48, 'penanganan']);
  if (n % 4 === 1) steps.push([24 * 7, 'rujukan']);
  if (n % 10 < 8) steps.push([24 * 30, 'selesai', n % 3 === 0 ? 'reintegrasi_sosial' : 'terminasi']);
  let version = 1;
  for (const [hoursLater, status, closingReason] of steps) {
    now += hoursLater * HOUR;
    const result = await changeCaseStatus(runtime.staff.apiDeps, session, caseId, { status, closingReason, expectedVersion: version });
    version = result.version;
  }
}
