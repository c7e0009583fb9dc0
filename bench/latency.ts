/**
 * Warm latency per channel through the local runtime (local API Gateway -> the real handlers ->
 * embedded DynamoDB): p50/p99 over sequential requests, then throughput with 10 concurrent clients.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { LocalRuntime } from '#local/runtime.js';
import { startBenchRuntime, timed } from './bench-runtime.js';
import { benchReport } from './report-costs.js';
import { percentile } from './stats.js';

export interface ChannelLatency {
  readonly scenario: string;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly throughputPerSecond: number;
  readonly statuses: string;
}

interface Scenario {
  readonly name: string;
  readonly expect: number[];
  request(i: number): { path: string; init: RequestInit };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** The status check the web JSON report is measured against (same run, same runtime). */
export const STATUS_CHECK = 'status check';
export const WEB_JSON_REPORT = 'web JSON report';

function scenarios(runtime: LocalRuntime, receipt: { reference: string; trackingCode: string }, caseId: string): Scenario[] {
  const callRecord = JSON.parse(
    readFileSync(new URL('../test/fixtures/call-center/generic-purwakarta-child-beaten.json', import.meta.url), 'utf8'),
  );
  const purwakartaKey = runtime.callCenterKeys.purwakarta ?? '';
  const waPhoneNumberId = runtime.whatsapp.phoneNumberIds.blora ?? '';
  return [
    {
      name: WEB_JSON_REPORT,
      expect: [201],
      request: (i) => ({ path: '/api/v1/blora/reports', init: json(benchReport(i, false)) }),
    },
    {
      name: 'web form report',
      expect: [200],
      request: (i) => ({
        path: '/blora/lapor',
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            submissionId: `bench-form-${i}-${randomBytes(4).toString('hex')}`,
            service: 'pengaduan_kekerasan',
            narrative: 'Ibu di sebelah rumah sering dipukul suaminya.',
            kecamatan: 'Jepon',
            victimAgeGroup: 'dewasa',
            victimGender: 'perempuan',
            relationToReporter: 'tetangga',
            immediateDanger: 'tidak',
            anonymous: 'ya',
            consent: 'ya',
          }).toString(),
        },
      }),
    },
    {
      name: 'WhatsApp message step',
      expect: [200],
      request: (i) => {
        const from = `62812${String(1_000_000 + i).padStart(7, '0')}`;
        const body = JSON.stringify(whatsappText(waPhoneNumberId, from, `wamid.bench${i}${randomBytes(4).toString('hex')}`));
        const signature = `sha256=${createHmac('sha256', runtime.whatsapp.appSecret).update(body).digest('hex')}`;
        return {
          path: '/webhooks/whatsapp',
          init: { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body },
        };
      },
    },
    {
      name: 'call-center transcript',
      expect: [201],
      request: (i) => ({
        path: '/api/v1/call-center/transcripts',
        init: json(
          { ...callRecord, call: { ...callRecord.call, callId: `bench-call-${i}-${randomBytes(4).toString('hex')}` } },
          { 'x-api-key': purwakartaKey },
        ),
      }),
    },
    {
      name: STATUS_CHECK,
      expect: [200],
      request: () => ({ path: '/api/v1/blora/reports/status', init: json(receipt) }),
    },
    ...staffScenarios(runtime.staff.login.tokenFor('blora', 'supervisor'), caseId),
  ];
}

/** The staff console's busiest reads, as a supervisor of the regency: the case page, its files, the rota. */
function staffScenarios(token: string, caseId: string): Scenario[] {
  const get = (path: string) => () => ({ path, init: { method: 'GET', headers: { authorization: `Bearer ${token}` } } });
  return [
    { name: 'staff case page', expect: [200], request: get(`/api/v1/staff/cases/${caseId}`) },
    { name: 'staff case media', expect: [200], request: get(`/api/v1/staff/cases/${caseId}/media`) },
    { name: 'staff rota', expect: [200], request: get('/api/v1/staff/rota') },
  ];
}

function whatsappText(phoneNumberId: string, from: string, id: string) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'bench-waba',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '6289539140400', phone_number_id: phoneNumberId },
              contacts: [{ profile: { name: 'Pelapor' }, wa_id: from }],
              messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: 'halo' } }],
            },
          },
        ],
      },
    ],
  };
}

export async function measureLatency(requests: number): Promise<ChannelLatency[]> {
  const runtime = await startBenchRuntime();
  try {
    const seeded = await fetch(`${runtime.url}/api/v1/blora/reports`, json(benchReport(-1, true)));
    const receipt = (await seeded.json()) as { reference: string; trackingCode: string };
    const seededCase = await runtime.deps.cases.findCaseByReference('blora', receipt.reference);
    if (!seededCase) throw new Error('the seeded report was not stored');
    const results: ChannelLatency[] = [];
    let counter = 0;
    for (const scenario of scenarios(runtime, receipt, seededCase.caseId)) {
      const statuses = new Map<number, number>();
      const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
      for (let warm = 0; warm < 20; warm++) {
        const { path, init } = scenario.request(counter++);
        await timed(runtime.url + path, init);
      }
      const samples: number[] = [];
      for (let i = 0; i < requests; i++) {
        const { path, init } = scenario.request(counter++);
        const { ms, status } = await timed(runtime.url + path, init);
        samples.push(ms);
        count(status);
      }
      const concurrentTotal = Math.max(100, Math.floor(requests / 2));
      const started = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (next < concurrentTotal) {
            next++;
            const { path, init } = scenario.request(counter++);
            count((await timed(runtime.url + path, init)).status);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      // Timings of refusals (a 429, a failed seed) would pass for the channel's latency.
      const unexpected = [...statuses.keys()].filter((status) => !scenario.expect.includes(status));
      if (unexpected.length > 0) throw new Error(`${scenario.name}: unexpected statuses ${unexpected.join(', ')}`);
      results.push({
        scenario: scenario.name,
        requests,
        p50Ms: percentile(samples, 50),
        p99Ms: percentile(samples, 99),
        throughputPerSecond: concurrentTotal / seconds,
        statuses: [...statuses.entries()].map(([s, n]) => `${s}×${n}`).join(' '),
      });
    }
    return results;
  } finally {
    await runtime.stop();
  }
}
